package org.organizer.network.days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.days.DaysFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.DayOfAction;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Who may do what on the editors' pages of days of action. */
@PressTest
class AccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DaysFixtures fixtures;

    @Test
    void anonymousReadersAreSentToSignInForEveryAdminPage() {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        for (String path : new String[] {
            "/admin/days",
            "/admin/days/" + day.id(),
            "/admin/days/" + day.id() + "/moderation",
            "/admin/days/" + day.id() + "/actions"
        }) {
            assertThat(mvc.get().uri(path)).as(path).hasStatus3xxRedirection();
        }
        assertThat(mvc.post().uri("/admin/days/{id}/roundup", day.id()).with(csrf()))
                .hasStatus3xxRedirection();
    }

    @Test
    void representativesMayNotEnterTheNewsroomPagesOfDays() {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        Actor representative = fixtures.person(Role.REPRESENTATIVE);

        assertThat(mvc.get().uri("/admin/days").with(as(representative))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/days/{id}/actions", day.id()).with(as(representative)))
                .hasStatus(403);
    }

    @Test
    void correspondentsSeeTheActionsToReportOnButNeitherModerateNorCreate() {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        Actor correspondent = fixtures.person(Role.CORRESPONDENT);

        assertThat(mvc.get().uri("/admin/days/{id}/actions", day.id()).with(as(correspondent)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/admin/days").with(as(correspondent))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/days/{id}/moderation", day.id()).with(as(correspondent)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/days")
                        .with(as(correspondent))
                        .with(csrf())
                        .param("title.en", "Not allowed")
                        .param("slug", "not-allowed-" + unique())
                        .param("date", "2027-05-01"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/days/{id}/roundup", day.id())
                        .with(as(correspondent))
                        .with(csrf()))
                .hasStatus(403);
    }

    @Test
    void editorsCreateDaysAndSeeTheirPages() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        String slug = "may-day-" + unique();

        var created = mvc.post()
                .uri("/admin/days")
                .with(as(editor))
                .with(csrf())
                .param("title.en", "May Day " + slug)
                .param("title.ar", "عيد العمال " + slug)
                .param("slug", slug)
                .param("date", LocalDate.now().plusDays(30).toString())
                .param("call", "")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(created.getResponse().getRedirectedUrl()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("May Day " + slug);
        assertThat(mvc.get().uri("/admin/days").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains(slug);
        assertThat(mvc.get().uri("/ar/days/{slug}", slug))
                .hasStatusOk()
                .bodyText()
                .contains("عيد العمال");
        assertThat(mvc.get().uri("/en/days")).hasStatusOk().bodyText().contains("May Day " + slug);

        assertThat(mvc.post()
                        .uri("/admin/days")
                        .with(as(editor))
                        .with(csrf())
                        .param("title.en", "Again")
                        .param("slug", slug)
                        .param("date", "not a date")
                        .param("call", "not-a-uuid"))
                .hasStatus(400)
                .bodyText()
                .contains("Enter the date as year-month-day.", "The call must be given by its id");
    }
}
