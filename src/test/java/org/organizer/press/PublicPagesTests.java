package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.unique;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class PublicPagesTests {

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
    void publishingAnArticleRefreshesTheCachedFrontPage() {
        // The page cache filter marks the pages it stores with a strong ETag.
        assertThat(mvc.get().uri("/en/")).hasStatusOk().headers().containsHeader("ETag");
        String title = unique("Port workers vote");

        newsrooms.published(editor, "en", title);

        assertThat(mvc.get().uri("/en/")).hasStatusOk().bodyText().contains(title);
    }

    @Test
    void anArticlePageWeighsUnder30KilobytesCompressedAndLoadsNothingFromOtherHosts() throws Exception {
        Article article = newsrooms.published(editor, "en", unique("Light page"));
        String html = mvc.get().uri(article.path()).exchange().getResponse().getContentAsString();
        long weight = gzipped(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.util.regex.Matcher stylesheets = java.util.regex.Pattern.compile(
                        "<link rel=\"stylesheet\" href=\"([^\"]+)\"")
                .matcher(html);
        while (stylesheets.find()) {
            weight += gzipped(
                    mvc.get().uri(stylesheets.group(1)).exchange().getResponse().getContentAsByteArray());
        }
        assertThat(weight).isLessThan(30 * 1024);
        assertThat(html)
                .doesNotContainPattern("<(script|img|iframe|link)[^>]+(src|href)=\"(https?:)?//(?!localhost:8080/)")
                .doesNotContain("<script");
    }

    private static long gzipped(byte[] bytes) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

    @Test
    void theRootRedirectsToTheDefaultLanguage() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().hasRedirectedUrl("/en/");
    }

    @Test
    void aPublishedArticleLinksToItsTranslationsWithHreflang() {
        Article english = newsrooms.published(editor, "en", unique("Dockers set a date"));
        Newsroom newsroom = newsrooms.newsroom();
        Article arabic = newsroom.addTranslation(
                editor,
                english.id(),
                "ar",
                ArticleContent.of(
                        unique("نقابات الموانئ تحدد موعدًا"),
                        "",
                        "نص",
                        "هيئة التحرير",
                        "IT",
                        LocalDate.of(2026, 11, 3),
                        null));
        newsroom.publish(editor, arabic.id());

        MvcTestResult page =
                mvc.get().uri(PublicPages.path("en", english.slug())).exchange();
        assertThat(page)
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:8080/en/articles/")
                .contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"http://localhost:8080/ar/articles/%D9%86")
                .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost:8080/en/articles/")
                .contains("lang=\"ar\" hreflang=\"ar\" dir=\"rtl\"")
                .contains("<h2>Heading</h2>")
                .doesNotContain("_csrf");
        assertThat(page.getResponse().getHeader("Set-Cookie")).isNull();

        assertThat(mvc.get().uri("/ar/articles/{slug}", arabic.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("<h1 dir=\"auto\">")
                .contains("<bdi>هيئة التحرير</bdi>")
                .contains("hreflang=\"en\"");
    }

    @Test
    void draftsAndUnpublishedArticlesAreNotFound() {
        Article draft = newsrooms.draft(editor, "en", unique("Not yet"));
        assertThat(mvc.get().uri(PublicPages.path("en", draft.slug()))).hasStatus(404);

        Article published = newsrooms.published(editor, "en", unique("Soon gone"));
        newsrooms.newsroom().unpublish(editor, published.id());
        assertThat(mvc.get().uri(PublicPages.path("en", published.slug())))
                .hasStatus(404)
                .bodyText()
                .contains("There is no such article");
    }

    @Test
    void anArticleIsOnlyFoundInItsOwnLanguage() {
        Article published = newsrooms.published(editor, "en", unique("English only"));
        assertThat(mvc.get().uri(PublicPages.path("es", published.slug()))).hasStatus(404);
        assertThat(mvc.get().uri(PublicPages.path("fr", published.slug()))).hasStatus(404);
        assertThat(mvc.get().uri("/de/")).hasStatus(404);
    }

    @Test
    void theFrontPageListsLatestPublishedArticlesOfItsLanguage() {
        Article published = newsrooms.published(editor, "es", unique("Acuerdo salarial"));
        Article draft = newsrooms.draft(editor, "es", unique("Borrador oculto"));
        assertThat(mvc.get().uri("/es/"))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains("<html lang=\"es\" dir=\"ltr\">")
                .contains(published.title())
                .doesNotContain(draft.title());
    }

    @Test
    void theCountryPageListsThatCountrysArticlesInTheLanguage() {
        Article italian = newsrooms.published(editor, "en", unique("Genoa port"));
        assertThat(mvc.get().uri("/en/countries/it"))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains("Italy")
                .contains(italian.title());
        assertThat(mvc.get().uri("/en/countries/zz")).hasStatus(404);
    }

    @Test
    void articleTextIsSanitisedOnThePublicPage() {
        Article draft = newsrooms.draft(editor, "en", unique("Hostile markup"));
        Newsroom newsroom = newsrooms.newsroom();
        newsroom.update(
                editor,
                draft.id(),
                ArticleContent.of(
                        draft.title(),
                        "",
                        "<script>alert(1)</script>\n\n[x](javascript:alert(2)) <img src=x onerror=\"alert(3)\">",
                        "<b>Board</b>",
                        "IT",
                        LocalDate.of(2026, 11, 3),
                        draft.slug()));
        newsroom.publish(editor, draft.id());
        assertThat(mvc.get().uri(PublicPages.path("en", draft.slug())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<script>alert")
                .doesNotContain("javascript:")
                .doesNotContain("onerror")
                .contains("&lt;b&gt;Board&lt;/b&gt;");
    }
}
