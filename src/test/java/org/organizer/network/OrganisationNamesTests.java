package org.organizer.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNamesTests {

    @Test
    void spellingVariantsOfANameHaveTheSameKey() {
        assertThat(OrganisationNames.key("Dockers' Union, e.V."))
                .isEqualTo(OrganisationNames.key("DÓCKERS union"))
                .isEqualTo(OrganisationNames.key("dockers-union GmbH"))
                .isEqualTo("dockersunion");
        assertThat(OrganisationNames.key("Sindicato Único S.A.")).isEqualTo("sindicatounico");
        assertThat(OrganisationNames.key("Ltd")).isEqualTo("ltd");
        assertThat(OrganisationNames.key("نقابة العمال")).isNotEmpty();
    }
}
