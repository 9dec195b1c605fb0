package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class ArticleKindsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    Actor editor;

    @BeforeEach
    void editor() {
        editor = newsrooms.person(Role.EDITOR);
    }

    @Test
    void aReproducedAppealNeedsItsOriginalAuthorAndDate() {
        assertThatThrownBy(() -> ArticleContent.of(
                        "T", "", "", "B", "IT", DAY, null, ArticleKind.REPRODUCED_APPEAL, null, " ", null))
                .isInstanceOfSatisfying(
                        InvalidArticle.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        "press.article.error.originalAuthor", "press.article.error.originalDate"));
    }

    @Test
    void otherKindsKeepThePlaceButDropAnOrigin() {
        ArticleContent report =
                ArticleContent.of("T", "", "", "B", "IT", DAY, null, ArticleKind.REPORT, " Genoa docks ", "X", DAY);
        assertThat(report.place()).isEqualTo("Genoa docks");
        assertThat(report.originalAuthor()).isNull();
        assertThat(report.originalDate()).isNull();
        assertThat(ArticleContent.of("T", "", "", "B", "IT", DAY, null).kind()).isEqualTo(ArticleKind.REPORT);
    }

    @Test
    void theFormRefusesAnAppealWithoutOriginAndAnUnknownKind() {
        assertThat(post("REPRODUCED_APPEAL", unique("Appeal"), "", ""))
                .hasStatusOk()
                .bodyText()
                .contains("A reproduced appeal needs the name of who first published it")
                .contains("A reproduced appeal needs the date it was first published");
        assertThat(post("GOSSIP", unique("Gossip"), "", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Choose what kind of article this is.");
    }

    @Test
    void aPublishedAppealShowsWhoFirstPublishedItAndWhen() {
        String title = unique("Call to an international day of strike");
        MvcTestResult created = post("REPRODUCED_APPEAL", title, "Genoa Port Workers' Committee", "2026-10-30");
        assertThat(created).hasStatus3xxRedirection();
        String id = created.getResponse().getRedirectedUrl().replaceAll("^/admin/articles/([^?]+).*$", "$1");
        assertThat(mvc.get().uri("/admin/articles/" + id).with(as(editor)))
                .bodyText()
                .contains("<option value=\"REPRODUCED_APPEAL\" selected>")
                .contains("value=\"Genoa Port Workers&#39; Committee\"");
        Article article = newsrooms.newsroom().publish(editor, new ArticleId(java.util.UUID.fromString(id)));

        assertThat(mvc.get().uri(PublicPages.path("en", article.slug())))
                .hasStatusOk()
                .bodyText()
                .contains(">Appeal</span>")
                .contains("Originally published by Genoa Port Workers' Committee on October 30, 2026");
        assertThat(mvc.get().uri("/en/")).bodyText().contains("Originally published by Genoa Port Workers' Committee");
    }

    @Test
    void aStatementIsSignedByTheOrganisationWithItsCountryAndReportsShowTheirPlace() {
        Newsroom newsroom = newsrooms.newsroom();
        Article statement = newsroom.create(
                editor,
                "es",
                ArticleContent.of(
                        unique("Declaración"),
                        "",
                        "",
                        "Sindicato de Estibadores",
                        "AR",
                        DAY,
                        null,
                        ArticleKind.STATEMENT,
                        null,
                        null,
                        null));
        newsroom.publish(editor, statement.id());
        assertThat(mvc.get().uri("/es/articles/{slug}", statement.slug()))
                .bodyText()
                .contains("Declaración de <bdi>Sindicato de Estibadores</bdi> (Argentina)");

        Article report = newsroom.create(
                editor,
                "en",
                ArticleContent.of(
                        unique("Report"),
                        "",
                        "",
                        "Correspondent",
                        "IT",
                        DAY,
                        null,
                        ArticleKind.REPORT,
                        "Genoa",
                        null,
                        null));
        newsroom.publish(editor, report.id());
        assertThat(mvc.get().uri(PublicPages.path("en", report.slug())))
                .bodyText()
                .contains(">Report</span>")
                .contains("By <bdi>Correspondent</bdi>, <bdi>Genoa</bdi>");
    }

    @Test
    void theApiTakesKindsAsOptionalFieldsAndKeepsOldRequestsWorking() {
        String old = """
                {"language":"en","title":"%s","byline":"B","country":"it","dateline":"2026-11-03"}""".formatted(unique("Old client"));
        assertThat(mvc.post()
                        .uri("/api/v1/articles")
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(old))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.kind")
                .isEqualTo("REPORT");

        String appeal = """
                {"language":"en","title":"%s","byline":"B","country":"it","dateline":"2026-11-03",
                 "kind":"REPRODUCED_APPEAL","originalAuthor":"Dockers' union","originalDate":"2026-10-01"}""".formatted(unique("Appeal by API"));
        MvcTestResult result = mvc.post()
                .uri("/api/v1/articles")
                .with(as(editor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(appeal)
                .exchange();
        assertThat(result)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.originalDate")
                .isEqualTo("2026-10-01");

        String missing = """
                {"language":"en","title":"%s","byline":"B","country":"it","dateline":"2026-11-03",
                 "kind":"REPRODUCED_APPEAL"}""".formatted(unique("Appeal without origin"));
        assertThat(mvc.post()
                        .uri("/api/v1/articles")
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(missing))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private MvcTestResult post(String kind, String title, String originalAuthor, String originalDate) {
        return mvc.post()
                .uri("/admin/articles")
                .with(as(editor))
                .with(csrf())
                .param("language", "en")
                .param("kind", kind)
                .param("title", title)
                .param("byline", "Editorial Board")
                .param("country", "IT")
                .param("dateline", "2026-11-03")
                .param("originalAuthor", originalAuthor)
                .param("originalDate", originalDate)
                .exchange();
    }
}
