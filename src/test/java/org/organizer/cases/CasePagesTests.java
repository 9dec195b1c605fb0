package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
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
class CasePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    Actor admin;
    Actor outsider;
    Actor workerA;
    Actor workerB;
    CaseSummary caseA;
    CaseSummary caseB;

    @BeforeEach
    void twoCasesWithTheirTeams() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        outsider = newsrooms.person(Role.EDITOR);
        workerA = newsrooms.person(Role.CORRESPONDENT);
        workerB = newsrooms.person(Role.REPRESENTATIVE);
        caseA = cases.open(admin, "pe", "detained", "en", Newsrooms.unique("Summary A"));
        caseB = cases.open(admin, "CO", "ON_TRIAL", "es", Newsrooms.unique("Resumen B"));
        cases.addTeamMember(admin, caseA.id(), workerA.email());
        cases.addTeamMember(admin, caseB.id(), workerB.email());
        cases.removeTeamMember(admin, caseA.id(), admin.id().value());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri("/admin/cases")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(address(caseA))).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/cases/access-log")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(address(caseA) + "/sources").with(csrf()).param("link", "https://example.org"))
                .hasStatus3xxRedirection();
    }

    @Test
    void signedInAccountsOutsideATeamSeeNoCaseAndCannotOpenOrWriteOne() {
        assertThat(mvc.get().uri("/admin/cases").with(as(outsider)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(caseA.slug())
                .doesNotContain("method=\"post\" action=\"/admin/cases\"");
        assertThat(mvc.get().uri(address(caseA)).with(as(outsider))).hasStatus(403);
        assertThat(post(outsider, caseA, "/sources", "link", "https://example.org/x"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/cases")
                        .with(as(outsider))
                        .with(csrf())
                        .param("country", "PE")
                        .param("status", "DETAINED")
                        .param("language", "en")
                        .param("summary", "Not allowed"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/cases/access-log").with(as(outsider))).hasStatus(403);
    }

    @Test
    void aCaseWorkerWorksOnTheirCaseOnlyAndSeesItsCaseTeamValues() {
        String lawyer = Newsrooms.unique("Lawyer Fictional Rosa");
        assertThat(post(
                        workerA,
                        caseA,
                        "/fields",
                        "ownerKind",
                        "CASE",
                        "ownerId",
                        caseA.id().toString(),
                        "name",
                        "lawyer",
                        "value",
                        lawyer))
                .hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/admin/cases").with(as(workerA)))
                .hasStatusOk()
                .bodyText()
                .contains(caseA.slug())
                .doesNotContain(caseB.slug());
        assertThat(mvc.get().uri(address(caseA)).with(as(workerA)))
                .hasStatusOk()
                .bodyText()
                .contains(lawyer);
        assertThat(mvc.get().uri(address(caseA)).with(as(workerB))).hasStatus(403);
        assertThat(post(
                        workerB,
                        caseA,
                        "/fields",
                        "ownerKind",
                        "CASE",
                        "ownerId",
                        caseA.id().toString(),
                        "name",
                        "lawyer",
                        "value",
                        "overwritten"))
                .hasStatus(403);
        assertThat(post(workerA, caseA, "/team", "email", outsider.email())).hasStatus(403);
    }

    @Test
    void administratorsOpenCasesFilterTheListAndManageTeamsButReadNoCaseTeamValueOutsideATeam() {
        String summary = Newsrooms.unique("Fictional summary");
        MvcTestResult opened = mvc.post()
                .uri("/admin/cases")
                .with(as(admin))
                .with(csrf())
                .param("country", "bo")
                .param("status", "MISSING")
                .param("language", "es")
                .param("summary", summary)
                .exchange();
        assertThat(opened).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(opened.getResponse().getRedirectedUrl()).with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(summary);
        assertThat(mvc.get().uri("/admin/cases?country=PE&status=DETAINED").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(caseA.slug())
                .doesNotContain(caseB.slug());

        String lawyer = Newsrooms.unique("Lawyer Fictional Pedro");
        cases.setField(workerA, caseA.id(), "CASE", caseA.id(), "lawyer", null, lawyer);
        assertThat(mvc.get().uri(address(caseA)).with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(lawyer)
                .contains(workerA.email());
        assertThat(post(admin, caseA, "/team", "email", outsider.email())).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(address(caseA)).with(as(outsider))).hasStatusOk();
    }

    @Test
    void plantedNetworkAndCaseTeamValuesNeverReachThoseNotAllowedAndAreSealedInTheDatabase() throws Exception {
        String name = Newsrooms.unique("Fictional Person Name");
        String occupation = Newsrooms.unique("Fictional occupation");
        String organisation = Newsrooms.unique("Fictional union");
        String city = Newsrooms.unique("Fictional city");
        String description = Newsrooms.unique("Fictional description");
        String institution = Newsrooms.unique("Fictional police unit");
        String link = "https://example.org/" + UUID.randomUUID();
        String charges = Newsrooms.unique("Fictional charges");
        String network = Newsrooms.unique("Network only court");
        UUID person =
                cases.addPerson(workerA, caseA.id(), "VICTIM", null, name, "1990", occupation, organisation, "34");
        UUID event = cases.addEvent(workerA, caseA.id(), "ARREST", "2024-03-02", "PE", city, description);
        cases.addInstitution(workerA, caseA.id(), "POLICE_UNIT", institution);
        cases.addSource(workerA, caseA.id(), link, description);
        cases.setField(workerA, caseA.id(), "CASE", caseA.id(), "charges", null, charges);
        cases.setField(workerA, caseA.id(), "CASE", caseA.id(), "court", null, network);
        cases.setVisibility(workerA, caseA.id(), "CASE", caseA.id(), "court", null, "NETWORK");
        List<String> sealed = List.of(name, occupation, organisation, city, description, institution, link, charges);

        String forAdministrator = mvc.get()
                .uri(address(caseA))
                .with(as(admin))
                .exchange()
                .getResponse()
                .getContentAsString();
        for (String value : sealed) {
            assertThat(forAdministrator).doesNotContain(value);
        }
        assertThat(forAdministrator)
                .as("network values reach signed-in accounts")
                .contains(network);
        CaseView anonymous = cases.view(null, caseA.id());
        assertThat(anonymous.toString()).doesNotContain(network);
        for (String value : sealed) {
            assertThat(anonymous.toString()).doesNotContain(value);
        }
        assertThat(mvc.get()
                        .uri("/admin/cases")
                        .with(as(admin))
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(name)
                .doesNotContain(network);
        for (String export : List.of(
                "/en/cases.csv", "/en/cases/statistics.csv", "/en/cases/statistics", "/api/v1/cases/statistics")) {
            String body = mvc.get().uri(export).exchange().getResponse().getContentAsString();
            assertThat(body).as(export).doesNotContain(network).doesNotContain(caseA.slug());
            for (String value : sealed) {
                assertThat(body).as(export).doesNotContain(value);
            }
        }

        List<String> columns = jdbc.sql("SELECT coalesce(plain, '') || ' ' || coalesce(sealed, '') FROM case_field"
                        + " WHERE owner_id IN (?, ?, ?)")
                .params(caseA.id(), person, event)
                .query(String.class)
                .list();
        String stored = String.join("\n", columns);
        for (String value : List.of(name, occupation, organisation, city, description, charges)) {
            assertThat(stored).doesNotContain(value);
        }
        assertThat(stored).contains("v1:test-2026:").contains(network);
    }

    @Test
    void readingCaseTeamValuesIsLoggedAndAdministratorsSeeTheLog() {
        cases.setField(workerA, caseA.id(), "CASE", caseA.id(), "lawyer", null, Newsrooms.unique("Lawyer Fictional"));
        long before = logEntries(caseA, workerA);

        assertThat(mvc.get().uri(address(caseA)).with(as(workerA))).hasStatusOk();

        assertThat(logEntries(caseA, workerA)).isEqualTo(before + 1);
        assertThat(mvc.get().uri("/admin/cases/access-log").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(workerA.email())
                .contains(caseA.slug())
                .contains("CASE.lawyer");
        assertThat(mvc.get().uri("/admin/cases/access-log").with(as(workerA))).hasStatus(403);
        long adminBefore = logEntries(caseA, admin);
        assertThat(mvc.get().uri(address(caseA)).with(as(admin))).hasStatusOk();
        assertThat(logEntries(caseA, admin)).as("nothing was read").isEqualTo(adminBefore);
    }

    @Test
    void aNameIsPublishedOnlyWhileConsentStandsAndWithdrawingUnpublishesAtOnce() {
        String name = Newsrooms.unique("Fictional Consenting Person");
        UUID person = cases.addPerson(workerA, caseA.id(), "VICTIM", null, name, null, null, null, null);
        cases.setVisibility(workerA, caseA.id(), "PERSON", person, "name", null, "PUBLIC");
        assertThat(cases.view(null, caseA.id()).toString()).doesNotContain(name);

        UUID consent = cases.recordConsent(
                workerA,
                caseA.id(),
                person,
                "NAME",
                "FAMILY",
                LocalDate.now().minusDays(1).toString());
        assertThat(cases.view(null, caseA.id()).toString()).contains(name);
        assertThat(mvc.get().uri(address(caseA)).with(as(workerA)))
                .bodyText()
                .contains(workerA.displayName())
                .contains("The family");

        assertThat(mvc.post()
                        .uri(address(caseA) + "/consents/" + consent + "/withdraw")
                        .with(as(workerA))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(cases.view(null, caseA.id()).toString()).doesNotContain(name);
        assertThat(cases.view(workerA, caseA.id()).toString())
                .as("nothing lost")
                .contains(name);
    }

    @Test
    void badInputGetsAClearTranslatedMessageAndNothingIsWritten() {
        assertThat(mvc.get().uri("/admin/cases/" + UUID.randomUUID()).with(as(admin)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/cases/not-a-case").with(as(admin))).hasStatus(404);

        cases.addPerson(
                workerA, caseA.id(), "VICTIM", null, Newsrooms.unique("Fictional Born"), "2001", null, null, null);
        int events = cases.view(workerA, caseA.id()).events().size();
        assertThat(post(workerA, caseA, "/events", "kind", "KILLING", "date", "1999-05-01", "country", "PE"))
                .hasStatus(400)
                .bodyText()
                .contains("The date of death is before the person");
        assertThat(mvc.post()
                        .uri(address(caseA) + "/events")
                        .with(as(workerA))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("kind", "HEARING")
                        .param("date", LocalDate.now().plusDays(3).toString())
                        .param("country", "PE"))
                .hasStatus(400)
                .bodyText()
                .contains("La fecha está en el futuro.");
        assertThat(post(workerA, caseA, "/events", "kind", "HEARING", "date", "2024-13-40", "country", "PE"))
                .hasStatus(400)
                .bodyText()
                .contains("Enter a date as year-month-day.");
        assertThat(post(workerA, caseA, "/sources", "link", "javascript:alert(1)"))
                .hasStatus(400)
                .bodyText()
                .contains("https://");
        assertThat(cases.view(workerA, caseA.id()).events()).hasSize(events);
        assertThatThrownBy(() -> cases.addEvent(
                        workerA,
                        caseA.id(),
                        "ARREST",
                        LocalDate.now().plusYears(1).toString(),
                        "PE",
                        null,
                        null))
                .isInstanceOf(InvalidCaseInput.class)
                .hasMessage("cases.error.date.future");
    }

    @Test
    void onePersonAppearsInSeveralCasesButOnlyForWhoWorksOnACaseWithThem() {
        String name = Newsrooms.unique("Fictional Twice Detained");
        UUID person = cases.addPerson(workerA, caseA.id(), "VICTIM", null, name, "1980", null, null, "40");

        assertThatThrownBy(() -> cases.addPerson(workerB, caseB.id(), "VICTIM", person, null, null, null, null, null))
                .isInstanceOf(InvalidCaseInput.class)
                .hasMessage("cases.error.person.unknown");
        cases.addTeamMember(admin, caseB.id(), workerA.email());
        cases.addPerson(workerA, caseB.id(), "SOURCE", person, null, null, null, null, "44");

        CaseView inB = cases.view(workerB, caseB.id());
        assertThat(inB.persons()).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo(person);
            assertThat(p.field("name").orElseThrow().value()).isEqualTo(name);
            assertThat(p.field("ageAtEvent").orElseThrow().value()).isEqualTo("44");
        });
        assertThat(cases.view(workerA, caseA.id()).persons())
                .singleElement()
                .satisfies(p ->
                        assertThat(p.field("ageAtEvent").orElseThrow().value()).isEqualTo("40"));
    }

    private long logEntries(CaseSummary c, Actor reader) {
        return jdbc.sql("SELECT count(*) FROM case_access_log WHERE case_id = ? AND user_id = ?")
                .params(c.id(), reader.id().value())
                .query(Long.class)
                .single();
    }

    private MvcTestResult post(Actor actor, CaseSummary c, String path, String... params) {
        var request = mvc.post().uri(address(c) + path).with(as(actor)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private static String address(CaseSummary c) {
        return "/admin/cases/" + c.id();
    }
}
