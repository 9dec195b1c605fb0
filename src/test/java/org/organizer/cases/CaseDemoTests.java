package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** The case demo (--demo): fictional people, public summaries in three languages with consent, and no key made up. */
@PressTest
@ExtendWith(OutputCaptureExtension.class)
class CaseDemoTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    CaseRepository rows;

    @Autowired
    FieldCipher cipher;

    @Autowired
    Accounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theDemoAddsFictionalCasesPublishedWithConsentInThreeLanguagesWithTeamValuesForTheTeamOnly() {
        CaseDemo demo = new CaseDemo(cases, rows, cipher, accounts, transaction);
        Actor admin = newsrooms.person(Role.ADMINISTRATOR);
        CaseDemo.Loaded loaded = transaction.execute(status -> demo.loadInto(admin));
        assertThat(loaded).isNotNull();
        assertThat(loaded.cases()).hasSize(2);
        CaseSummary dockers = loaded.cases().getFirst();

        assertThat(mvc.get().uri("/en/cases/" + dockers.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("Marta Inventada (fictional)")
                .contains("invented dockers")
                .doesNotContain("Lucía Muestra");
        assertThat(mvc.get().uri("/es/cases/" + dockers.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("sindicato portuario inventado");
        assertThat(mvc.get().uri("/ar/cases/" + dockers.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("شخصية خيالية");
        assertThat(mvc.get().uri("/en/cases/" + loaded.cases().get(1).slug()))
                .hasStatusOk()
                .bodyText()
                .contains("fictional people")
                .as("no consent to publish their names")
                .doesNotContain("Salma Mithal");

        Actor worker = accounts.byEmail(CaseDemo.WORKER_EMAIL).orElseThrow();
        CaseView forTeam = cases.view(worker, dockers.id());
        assertThat(forTeam.field("lawyer", "").orElseThrow().value()).isEqualTo("Lucía Muestra (fictional)");
        assertThat(forTeam.events()).hasSize(4);
        assertThat(forTeam.persons())
                .allSatisfy(
                        p -> assertThat(p.field("name").orElseThrow().value()).endsWith("(fictional)"));
        assertThat(mvc.get()
                        .uri("/admin/cases/" + dockers.id() + "/dossier.pdf")
                        .with(as(worker)))
                .hasStatusOk();
    }

    @Test
    void withoutAnEncryptionKeyTheDemoLoadsNoCaseAndSaysWhy(CapturedOutput output) {
        FieldCipher keyless = new FieldCipher(new CasesProperties(Map.of(), null));
        int before = rows.list(null, null, null).size();

        new CaseDemo(cases, rows, keyless, accounts, transaction).load();

        assertThat(rows.list(null, null, null)).hasSize(before);
        assertThat(output.getAll())
                .contains("No case encryption key is configured: the case demo is not loaded")
                .contains("ORGANIZER_CASES_ENCRYPTIONKEYS_1=$(head -c32 /dev/urandom | base64)");
    }
}
