package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class PersonMergeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    Actor admin;
    Actor workerBoth;
    Actor workerB;
    CaseSummary caseA;
    CaseSummary caseB;

    @BeforeEach
    void twoCasesWithTheirTeams() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        workerBoth = newsrooms.person(Role.CORRESPONDENT);
        workerB = newsrooms.person(Role.CORRESPONDENT);
        caseA = cases.open(admin, "PE", "DETAINED", "en", Newsrooms.unique("Merge summary A"));
        caseB = cases.open(admin, "CO", "ON_TRIAL", "es", Newsrooms.unique("Merge summary B"));
        cases.addTeamMember(admin, caseA.id(), workerBoth.email());
        cases.addTeamMember(admin, caseB.id(), workerBoth.email());
        cases.addTeamMember(admin, caseB.id(), workerB.email());
        cases.removeTeamMember(admin, caseA.id(), admin.id().value());
        cases.removeTeamMember(admin, caseB.id(), admin.id().value());
    }

    @Test
    void aCaseWorkerMergesADuplicateWhoseRolesConsentsAndValuesMoveWhileConflictsArePreservedInTheRecord() {
        String keptName = Newsrooms.unique("Fictional Kept Person");
        String duplicateName = Newsrooms.unique("Fictional Duplicate Spelling");
        String organisation = Newsrooms.unique("Fictional dockers union");
        UUID kept = cases.addPerson(workerBoth, caseA.id(), "VICTIM", null, keptName, null, null, null, "30");
        UUID duplicate = cases.addPerson(
                workerBoth, caseB.id(), "VICTIM", null, duplicateName, "1990", null, organisation, "31");
        cases.recordConsent(
                workerBoth,
                caseB.id(),
                duplicate,
                "NAME",
                "PERSON",
                LocalDate.now().minusDays(2).toString());

        assertThat(merge(workerBoth, caseA, kept, duplicate.toString())).hasStatus3xxRedirection();

        CaseView inB = cases.view(workerBoth, caseB.id());
        assertThat(inB.persons()).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo(kept);
            assertThat(p.field("name").orElseThrow().value()).isEqualTo(keptName);
            assertThat(p.field("birthYear").orElseThrow().value())
                    .as("a sealed value moved and opens at its new place")
                    .isEqualTo("1990");
            assertThat(p.field("organisation").orElseThrow().value()).isEqualTo(organisation);
            assertThat(p.field("ageAtEvent").orElseThrow().value()).isEqualTo("31");
        });
        assertThat(inB.consents())
                .singleElement()
                .satisfies(c -> assertThat(c.personId()).isEqualTo(kept));
        assertThat(cases.view(workerBoth, caseA.id()).persons()).hasSize(1);
        assertThat(count("SELECT count(*) FROM case_person WHERE id = ?", duplicate))
                .isZero();
        assertThat(count("SELECT count(*) FROM case_field WHERE owner_id = ?", duplicate))
                .isZero();

        String page = body(
                mvc.get().uri("/admin/cases/" + caseB.id()).with(as(workerBoth)).exchange());
        assertThat(page)
                .contains(duplicate.toString())
                .contains(keptName)
                .contains(duplicateName)
                .as("the duplicate's conflicting name is preserved in the record")
                .contains("name: " + duplicateName);
        String stored = jdbc.sql("SELECT concat_ws(' ', kept_name, removed_name, preserved) FROM case_person_merge"
                        + " WHERE removed_person_id = ?")
                .param(duplicate)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:test-2026:").doesNotContain(keptName).doesNotContain(duplicateName);
    }

    @Test
    void administratorsMergeAnyPersonsAndSeeTheRecordWithoutTheNames() {
        String keptName = Newsrooms.unique("Fictional Admin Kept");
        String duplicateName = Newsrooms.unique("Fictional Admin Duplicate");
        UUID kept = cases.addPerson(workerBoth, caseA.id(), "VICTIM", null, keptName, null, null, null, null);
        UUID duplicate = cases.addPerson(workerBoth, caseB.id(), "SOURCE", null, duplicateName, null, null, null, null);

        assertThat(merge(admin, caseA, kept, duplicate.toString())).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/admin/cases/" + caseA.id()).with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(duplicate.toString())
                .contains(admin.displayName())
                .doesNotContain(keptName)
                .doesNotContain(duplicateName);
        assertThat(cases.view(workerB, caseB.id()).persons())
                .singleElement()
                .satisfies(p -> assertThat(p.personId()).isEqualTo(kept));
    }

    @Test
    void onlyAdministratorsAndMembersOfEveryTeamInvolvedMayMerge() {
        Actor outsider = newsrooms.person(Role.EDITOR);
        UUID kept = cases.addPerson(
                workerBoth, caseA.id(), "VICTIM", null, Newsrooms.unique("Fictional Shared"), null, null, null, null);
        cases.addPerson(workerBoth, caseB.id(), "SOURCE", kept, null, null, null, null, null);
        UUID duplicate = cases.addPerson(
                workerB, caseB.id(), "VICTIM", null, Newsrooms.unique("Fictional Other"), null, null, null, null);

        assertThat(merge(workerB, caseB, kept, duplicate.toString()))
                .as("the kept person is also in a case outside workerB's teams")
                .hasStatus(403);
        assertThat(merge(outsider, caseB, kept, duplicate.toString())).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/cases/" + caseB.id() + "/merges")
                        .with(csrf())
                        .param("kept", kept.toString())
                        .param("removed", duplicate.toString()))
                .hasStatus3xxRedirection();
        assertThat(count("SELECT count(*) FROM case_person WHERE id = ?", duplicate))
                .isEqualTo(1);
        assertThat(merge(workerBoth, caseB, kept, duplicate.toString())).hasStatus3xxRedirection();
    }

    @Test
    void mergingAPersonWithThemselvesOrAnUnknownPersonIsRefusedWithATranslatedMessageAndKeepsTheTypedId() {
        UUID kept = cases.addPerson(
                workerBoth, caseA.id(), "VICTIM", null, Newsrooms.unique("Fictional Alone"), null, null, null, null);
        long merges = count("SELECT count(*) FROM case_person_merge WHERE kept_person_id = ?", kept);

        assertThat(merge(workerBoth, caseA, kept, kept.toString()))
                .hasStatus(400)
                .bodyText()
                .contains("cannot be merged with themselves");
        String unknown = UUID.randomUUID().toString();
        assertThat(merge(workerBoth, caseA, kept, unknown))
                .hasStatus(400)
                .bodyText()
                .contains("There is no such person")
                .contains("value=\"" + unknown + "\"");
        assertThat(mvc.post()
                        .uri("/admin/cases/" + caseA.id() + "/merges")
                        .with(as(workerBoth))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("kept", kept.toString())
                        .param("removed", "not-an-id"))
                .hasStatus(400)
                .bodyText()
                .contains("No hay tal persona");
        assertThat(count("SELECT count(*) FROM case_person_merge WHERE kept_person_id = ?", kept))
                .isEqualTo(merges);
        assertThat(cases.view(workerBoth, caseA.id()).persons()).hasSize(1);
    }

    private MvcTestResult merge(Actor actor, CaseSummary c, UUID kept, String removed) {
        return mvc.post()
                .uri("/admin/cases/" + c.id() + "/merges")
                .with(as(actor))
                .with(csrf())
                .param("kept", kept.toString())
                .param("removed", removed)
                .exchange();
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
