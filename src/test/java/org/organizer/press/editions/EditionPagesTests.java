package org.organizer.press.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class EditionPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Editions editions;

    Actor editor;
    Actor correspondent;

    @BeforeEach
    void people() {
        editor = newsrooms.person(Role.EDITOR);
        correspondent = newsrooms.person(Role.CORRESPONDENT);
    }

    @Test
    void anEditorComposesAndPublishesAnEditionWithForms() throws Exception {
        int number = editions.nextNumber(editor, "en");
        MvcTestResult created = post(
                "/admin/editions",
                "language",
                "en",
                "number",
                String.valueOf(number),
                "date",
                "2026-12-01",
                "currency",
                "eur",
                "coverPrice",
                "1.50",
                "solidarityPrice",
                "3");
        assertThat(created).hasStatus3xxRedirection();
        String base = created.getResponse().getRedirectedUrl().replaceAll("\\?.*$", "");

        assertThat(post(base + "/sections", "title", "Italy", "country", "IT")).hasStatus3xxRedirection();
        assertThat(post(base + "/sections", "title", "Tunisia", "country", "TN", "supplement", "true"))
                .hasStatus3xxRedirection();
        Edition edition = editions.edition(editor, new EditionId(java.util.UUID.fromString(base.substring(16))));
        String italy = edition.mainSections().getFirst().id().toString();
        String tunisia = edition.supplements().getFirst().id().toString();
        Article lead = newsrooms.published(editor, "en", unique("Dockers strike in Genoa"));
        Article second = newsrooms.published(editor, "en", unique("Rail workers join"));
        Article supplement = newsrooms.published(editor, "en", unique("Phosphate miners"));
        assertThat(post(
                        base + "/articles",
                        "section",
                        italy,
                        "article",
                        lead.id().toString()))
                .hasStatus3xxRedirection();
        assertThat(post(
                        base + "/articles",
                        "section",
                        italy,
                        "article",
                        second.id().toString()))
                .hasStatus3xxRedirection();
        assertThat(post(
                        base + "/articles",
                        "section",
                        tunisia,
                        "article",
                        supplement.id().toString()))
                .hasStatus3xxRedirection();
        assertThat(post(base + "/articles/" + second.id() + "/move", "direction", "UP"))
                .hasStatus3xxRedirection();
        assertThat(post(base + "/cover", "article", lead.id().toString())).hasStatus3xxRedirection();

        assertThat(mvc.get().uri(base).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"_csrf\"")
                .contains("Edition No. " + number)
                .contains("Make it the cover")
                .contains("/publish\"");
        assertThat(mvc.get().uri("/en/editions/" + number)).hasStatus(404);

        assertThat(post(base + "/publish")).hasStatus3xxRedirection();

        String page =
                mvc.get().uri("/en/editions/" + number).exchange().getResponse().getContentAsString();
        assertThat(page)
                .contains("Edition No. " + number)
                .contains("€1.50")
                .contains("€3.00")
                .contains(lead.title());
        assertThat(page.indexOf(second.title()))
                .as("articles in their order, the supplement after the sections")
                .isLessThan(page.lastIndexOf(lead.title()))
                .isLessThan(page.indexOf(supplement.title()));
        assertThat(page.indexOf("Supplement")).isLessThan(page.indexOf(supplement.title()));
    }

    @Test
    void aDuplicateNumberComesBackAsAFormErrorWithConflictStatus() {
        int number = editions.nextNumber(editor, "en");
        assertThat(create(number)).hasStatus3xxRedirection();
        assertThat(post(
                        "/admin/editions",
                        "language",
                        "en",
                        "number",
                        String.valueOf(number),
                        "date",
                        "2026-12-01",
                        "currency",
                        "EUR",
                        "coverPrice",
                        "1",
                        "solidarityPrice",
                        "0.5"))
                .hasStatus(400)
                .bodyText()
                .contains("The solidarity price cannot be lower than the cover price.")
                .contains("value=\"" + number + "\"");
        assertThat(create(number))
                .hasStatus(409)
                .bodyText()
                .contains("Another edition in this language already has this number.");
    }

    @Test
    void correspondentsAreRefusedTheEditionPages() {
        Edition edition = newEdition();
        assertThat(mvc.get().uri("/admin/editions").with(as(correspondent))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/editions/{id}/preview", edition.id()).with(as(correspondent)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/editions/{id}/publish", edition.id())
                        .with(as(correspondent))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(editions.edition(editor, edition.id()).state()).isEqualTo(EditionState.DRAFT);
        assertThat(mvc.get().uri("/admin/editions")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/admin/editions/{id}/publish", edition.id()).with(as(editor)))
                .as("no CSRF token")
                .hasStatus(403);
    }

    @Test
    void thePreviewShowsADraftEditionWithItsUnpublishedArticlesToEditorsOnly() {
        Edition edition = newEdition();
        edition = editions.addSection(editor, edition.id(), "Italy", null, false);
        Article draft = newsrooms.draft(editor, "en", unique("Not yet on the web"));
        editions.addArticle(editor, edition.id(), edition.sections().getFirst().id(), draft.id());

        assertThat(mvc.get().uri("/admin/editions/{id}/preview", edition.id()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("Preview: readers see only published articles")
                .contains(draft.title())
                .contains("Drafts");
        assertThat(mvc.get().uri("/en/editions/" + edition.number())).hasStatus(404);
    }

    @Test
    void readersSeeOnlyPublishedEditionsAndTheirPublishedArticles() {
        Edition edition = newEdition();
        edition = editions.addSection(editor, edition.id(), "Italy", "IT", false);
        SectionId italy = edition.sections().getFirst().id();
        Article published = newsrooms.published(editor, "en", unique("On the web already"));
        Article draft = newsrooms.draft(editor, "en", unique("Print only for now"));
        editions.addArticle(editor, edition.id(), italy, published.id());
        editions.addArticle(editor, edition.id(), italy, draft.id());
        editions.setCover(editor, edition.id(), published.id());
        Edition hidden = newEdition();

        assertThat(mvc.get().uri("/en/editions")).hasStatusOk();
        editions.publish(editor, edition.id());

        assertThat(mvc.get().uri("/en/editions"))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains("<h2>2026</h2>")
                .contains("href=\"/en/editions/" + edition.number() + "\"")
                .contains(published.title())
                .doesNotContain("href=\"/en/editions/" + hidden.number() + "\"");
        assertThat(mvc.get().uri("/en/editions/" + edition.number()))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains(published.title())
                .doesNotContain(draft.title())
                .doesNotContain("_csrf");
        assertThat(mvc.get().uri("/en/editions/" + hidden.number())).hasStatus(404);
        assertThat(mvc.get().uri("/en/editions/999999")).hasStatus(404);
        assertThat(mvc.get().uri("/es/editions/" + edition.number())).hasStatus(404);
        assertThat(mvc.get().uri("/de/editions")).hasStatus(404);

        newsrooms.newsroom().publish(editor, draft.id());
        assertThat(mvc.get().uri("/en/editions/" + edition.number()))
                .as("the cached page was dropped when the article was published")
                .bodyText()
                .contains(draft.title());

        editions.unpublish(editor, edition.id());
        assertThat(mvc.get().uri("/en/editions/" + edition.number())).hasStatus(404);
    }

    @Test
    void changingAPublishedEditionRefreshesItsCachedPage() {
        Edition edition = editions.addSection(editor, newEdition().id(), "Italy", null, false);
        editions.publish(editor, edition.id());
        assertThat(mvc.get().uri("/en/editions/" + edition.number()))
                .hasStatusOk()
                .headers()
                .containsHeader("ETag");
        editions.renameSection(
                editor, edition.id(), edition.sections().getFirst().id(), "Italia", null);
        assertThat(mvc.get().uri("/en/editions/" + edition.number())).bodyText().contains("Italia");
    }

    @Test
    void theApiListsPublishedEditionsAndShowsOneWithItsSections() {
        Edition edition = newEdition();
        edition = editions.addSection(editor, edition.id(), "Tunisia", "TN", true);
        edition = editions.addSection(editor, edition.id(), "Italy", "IT", false);
        Article published = newsrooms.published(editor, "en", unique("API article"));
        Article draft = newsrooms.draft(editor, "en", unique("API draft"));
        editions.addArticle(
                editor, edition.id(), edition.mainSections().getFirst().id(), published.id());
        editions.addArticle(
                editor, edition.id(), edition.supplements().getFirst().id(), draft.id());
        Edition hidden = newEdition();
        editions.publish(editor, edition.id());

        assertThat(mvc.get().uri("/api/v1/editions?lang=en"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].number")
                .asArray()
                .contains(edition.number())
                .doesNotContain(hidden.number());
        MvcTestResult one =
                mvc.get().uri("/api/v1/editions/en/{n}", edition.number()).exchange();
        assertThat(one).hasStatusOk().bodyJson().extractingPath("$.currency").isEqualTo("EUR");
        assertThat(one).bodyJson().extractingPath("$.coverPrice").isEqualTo(1.5);
        assertThat(one).bodyJson().extractingPath("$.sections[0].title").isEqualTo("Italy");
        assertThat(one)
                .bodyJson()
                .extractingPath("$.sections[0].articles[0].title")
                .isEqualTo(published.title());
        assertThat(one).bodyJson().extractingPath("$.supplements[0].title").isEqualTo("Tunisia");
        assertThat(one)
                .bodyJson()
                .extractingPath("$.supplements[0].articles")
                .asArray()
                .isEmpty();
        assertThat(mvc.get().uri("/api/v1/editions/en/{n}", hidden.number()))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private Edition newEdition() {
        return editions.create(
                editor,
                "en",
                EditionDetails.of(
                        editions.nextNumber(editor, "en"),
                        LocalDate.of(2026, 12, 1),
                        "EUR",
                        new BigDecimal("1.50"),
                        new BigDecimal("3.00")));
    }

    private MvcTestResult create(int number) {
        return post(
                "/admin/editions",
                "language",
                "en",
                "number",
                String.valueOf(number),
                "date",
                "2026-12-01",
                "currency",
                "EUR",
                "coverPrice",
                "1.50",
                "solidarityPrice",
                "3");
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(as(editor)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }
}
