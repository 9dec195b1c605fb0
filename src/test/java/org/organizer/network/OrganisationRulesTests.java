package org.organizer.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationRulesTests {

    @Test
    void anAddressSpeaksForAWebsiteAtItsHostOrASubdomainOnly() {
        assertThat(OrganisationRules.domainMatching("office@mail.dockers.org", "dockers.org"))
                .contains("dockers.org");
        assertThat(OrganisationRules.domainMatching("office@evildockers.org", "dockers.org"))
                .isEmpty();
    }
}
