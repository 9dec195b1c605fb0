package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PressTest
class RefusedFormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    Actor admin;
    Actor worker;
    CaseSummary file;

    @BeforeEach
    void aCaseWithItsWorker() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        worker = newsrooms.person(Role.CORRESPONDENT);
        file = cases.open(admin, "PE", "DETAINED", "en", Newsrooms.unique("Typed summary"));
        cases.addTeamMember(admin, file.id(), worker.email());
    }

    @Test
    void aRefusedEventShowsTheReasonAndWhatWasTyped() {
        String city = Newsrooms.unique("Fictional Typed City");
        String description = Newsrooms.unique("Typed description & <kept>");
        assertThat(mvc.post()
                        .uri("/admin/cases/" + file.id() + "/events")
                        .with(as(worker))
                        .with(csrf())
                        .param("kind", "HEARING")
                        .param("date", "2024-13-40")
                        .param("country", "PE")
                        .param("city", city)
                        .param("description", description))
                .hasStatus(400)
                .bodyText()
                .contains("Enter a date as year-month-day.")
                .contains("value=\"2024-13-40\"")
                .contains("value=\"" + city + "\"")
                .contains(description.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                .contains("<option value=\"HEARING\" selected>");
    }

    @Test
    void aRefusedPersonSourceOrValueKeepsItsInputInItsOwnFormOnly() {
        String name = Newsrooms.unique("Fictional Typed Name");
        assertThat(mvc.post()
                        .uri("/admin/cases/" + file.id() + "/persons")
                        .with(as(worker))
                        .with(csrf())
                        .param("role", "SOURCE")
                        .param("name", name)
                        .param("birthYear", "1700"))
                .hasStatus(400)
                .bodyText()
                .contains("The birth year must be")
                .contains("value=\"" + name + "\"")
                .contains("value=\"1700\"")
                .contains("<option value=\"SOURCE\" selected>");
        assertThat(mvc.post()
                        .uri("/admin/cases/" + file.id() + "/sources")
                        .with(as(worker))
                        .with(csrf())
                        .param("link", "ftp://example.org/typed")
                        .param("description", "Typed source description"))
                .hasStatus(400)
                .bodyText()
                .contains("value=\"ftp://example.org/typed\"")
                .contains("value=\"Typed source description\"");
        assertThat(mvc.post()
                        .uri("/admin/cases/" + file.id() + "/fields")
                        .with(as(worker))
                        .with(csrf())
                        .param("ownerKind", "CASE")
                        .param("ownerId", file.id().toString())
                        .param("name", "court")
                        .param("value", "   "))
                .hasStatus(400)
                .bodyText()
                .contains("The value is empty.")
                .contains("<option value=\"court\" selected>");
    }

    @Test
    void aRefusedNewCaseKeepsItsSummary() {
        String summary = Newsrooms.unique("Typed summary of a refused case");
        assertThat(mvc.post()
                        .uri("/admin/cases")
                        .with(as(admin))
                        .with(csrf())
                        .param("country", "XX")
                        .param("status", "MISSING")
                        .param("language", "es")
                        .param("summary", summary))
                .hasStatus(400)
                .bodyText()
                .contains("two-letter ISO code")
                .contains(summary)
                .contains("value=\"XX\"")
                .contains("<option value=\"MISSING\" selected>");
    }
}
