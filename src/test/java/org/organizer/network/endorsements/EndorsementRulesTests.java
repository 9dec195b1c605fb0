package org.organizer.network.endorsements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndorsementRulesTests {

    @Test
    void websitesNeedAnHttpAddressWithAProperHost() {
        assertThat(EndorsementRules.website("example.org/about")).isEqualTo("https://example.org/about");
        assertThat(EndorsementRules.website("javascript:alert(1)")).isNull();
        assertThat(EndorsementRules.website("http://localhost")).isNull();
        assertThat(EndorsementRules.host("https://WWW.Example.org/x")).isEqualTo("example.org");
    }

    @Test
    void addressesAreCheckedAndSharedMailDomainsDoNotIdentifyAnOrganisation() {
        assertThat(EndorsementRules.emailDomain("Office@Dockers.Example.NET")).isEqualTo("dockers.example.net");
        assertThat(EndorsementRules.emailDomain("not-an-address")).isNull();
        assertThat(EndorsementRules.isOrganisationDomain("gmail.com")).isFalse();
    }

    @Test
    void csvCellsAreQuotedAndFormulasDisarmed() {
        assertThat(EndorsementExports.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(EndorsementExports.cell("Union, \"Red\"")).isEqualTo("\"Union, \"\"Red\"\"\"");
        assertThat(EndorsementExports.cell(null)).isEmpty();
    }
}
