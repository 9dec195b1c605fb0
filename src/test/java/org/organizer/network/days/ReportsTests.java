package org.organizer.network.days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.days.DaysFixtures.form;
import static org.organizer.network.days.DaysFixtures.links;
import static org.organizer.network.days.DaysFixtures.mailTo;
import static org.organizer.network.days.DaysFixtures.post;
import static org.organizer.network.days.DaysFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.media.PhotoId;
import org.organizer.network.DayOfAction;
import org.organizer.press.Article;
import org.organizer.press.ArticleId;
import org.organizer.press.ArticleKind;
import org.organizer.press.ArticleState;
import org.organizer.press.Newsroom;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Reports after the day, by the organiser's link and by correspondents with photos, and the round-up draft. */
@PressTest
class ReportsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DaysFixtures fixtures;

    @Autowired
    DayRepository repository;

    @Autowired
    Newsroom newsroom;

    /** Registers, confirms and approves an action; returns its report link. */
    private String publish(Actor editor, DayOfAction day, Map<String, String> params) {
        assertThat(post(mvc, "en", day, params)).hasStatus3xxRedirection();
        List<String> links = links(mailTo(params.get("email")));
        assertThat(mvc.post().uri(links.get(0)).with(csrf())).hasStatusOk();
        for (Action pending : repository.actions(day.id(), ActionStatus.PENDING)) {
            assertThat(mvc.post()
                            .uri("/admin/days/{id}/actions/{action}/approve", day.id(), pending.id())
                            .with(as(editor))
                            .with(csrf()))
                    .hasStatus3xxRedirection();
        }
        return links.get(1);
    }

    @Test
    void reportsWithAPhotoBecomeADraftRoundUpGroupedByCountry() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        Actor correspondent = fixtures.person(Role.CORRESPONDENT);
        DayOfAction day = fixtures.day(editor, LocalDate.now(ZoneOffset.UTC));
        String limaLink = publish(editor, day, form("lima-" + unique() + "@example.org"));
        Map<String, String> genoa = form("genoa-" + unique() + "@example.org");
        genoa.put("country", "IT");
        genoa.put("city", "Genova");
        genoa.put("zone", "Europe/Rome");
        genoa.put("kind", "strike");
        publish(editor, day, genoa);
        Action genoaAction = repository.actions(day.id(), ActionStatus.PUBLISHED).stream()
                .filter(a -> a.country().equals("IT"))
                .findFirst()
                .orElseThrow();

        String limaText = "Dockers held the gate for three hours " + unique();
        assertThat(mvc.get().uri(limaLink)).hasStatusOk();
        assertThat(mvc.post().uri(limaLink).with(csrf()).param("text", limaText).param("turnout", "many"))
                .hasStatus(400)
                .bodyText()
                .contains("Enter the turnout as a whole number", limaText);
        assertThat(mvc.post().uri(limaLink).with(csrf()).param("text", limaText).param("turnout", "1200"))
                .hasStatusOk();

        String genoaText = "The port stood still " + unique();
        assertThat(mvc.post()
                        .uri("/admin/days/{id}/actions/{action}/report", day.id(), genoaAction.id())
                        .multipart()
                        .file(new MockMultipartFile("photo", "port.jpg", "image/jpeg", DaysFixtures.jpeg()))
                        .param("caption", "The gate at dawn")
                        .param("text", genoaText)
                        .param("turnout", "")
                        .with(as(correspondent))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        PhotoId photo = repository
                .reports(day.id())
                .get(genoaAction.id())
                .getFirst()
                .photos()
                .getFirst();

        var roundUp = mvc.post()
                .uri("/admin/days/{id}/roundup", day.id())
                .with(as(editor))
                .with(csrf())
                .exchange();
        assertThat(roundUp).hasStatus3xxRedirection();
        UUID articleId = repository.roundUp(day.id());
        assertThat(articleId).isNotNull();
        assertThat(roundUp.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + articleId);
        Article article = newsroom.article(editor, new ArticleId(articleId));
        assertThat(article.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(article.content().kind()).isEqualTo(ArticleKind.REPORT);
        String body = article.content().body();
        assertThat(body).contains("## Italy", "## Peru", "### Genova — Strike", "### Lima — Picket");
        assertThat(body).contains(limaText, genoaText, "turnout: 1,200", "![](photo:" + photo + ")");
        assertThat(body.indexOf("## Italy")).isLessThan(body.indexOf(genoaText));
        assertThat(body.indexOf(genoaText)).isLessThan(body.indexOf("## Peru"));
        assertThat(body.indexOf("## Peru")).isLessThan(body.indexOf(limaText));
    }

    @Test
    void reportLinksDoNotWorkBeforeTheDay() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        String link = publish(editor, day, form("early-" + unique() + "@example.org"));

        assertThat(mvc.get().uri(link)).hasStatus(404);
        assertThat(mvc.post().uri(link).with(csrf()).param("text", "Too early")).hasStatus(404);
    }

    @Test
    void aRoundUpWithoutReportsIsRefused() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);

        assertThat(mvc.post()
                        .uri("/admin/days/{id}/roundup", day.id())
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("There are no reports on published actions yet.");
    }
}
