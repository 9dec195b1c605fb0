package org.organizer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.unique;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.jdom2.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class FeedsTests {

    private static final String BASE = "http://localhost:8080";

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
    void theRssFeedOfALanguageCarriesEveryRequiredElement() throws Exception {
        Article article = newsrooms.published(editor, "en", unique("Dockers vote to strike"));

        MvcTestResult response = mvc.get().uri("/en/feed.rss").exchange();

        assertThat(response)
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=300")
                .hasContentTypeCompatibleWith(MediaType.parseMediaType("application/rss+xml"));
        assertThat(response.getResponse().getContentType()).isEqualToIgnoringCase("application/rss+xml;charset=UTF-8");
        SyndFeed feed = parse(response);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("The Test Courier");
        assertThat(feed.getLink()).isEqualTo(BASE + "/en/");
        assertThat(feed.getDescription()).isEqualTo("The latest articles of The Test Courier");
        assertThat(feed.getLanguage()).isEqualTo("en");
        assertThat(feed.getPublishedDate()).isNotNull();
        assertThat(feed.getForeignMarkup())
                .anySatisfy(e -> assertThat(selfLink(e)).isEqualTo(BASE + "/en/feed.rss"));
        assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(FeedPages.ITEMS);
        assertEntryDescribes(entry(feed, article), article, "Italy");
    }

    @Test
    void theAtomFeedOfALanguageCarriesEveryRequiredElement() throws Exception {
        Article article = newsrooms.published(editor, "en", unique("Port blockade holds"));

        MvcTestResult response = mvc.get().uri("/en/feed.atom").exchange();

        assertThat(response).hasStatusOk().hasHeader("Cache-Control", "public, max-age=300");
        assertThat(response.getResponse().getContentType()).isEqualToIgnoringCase("application/atom+xml;charset=UTF-8");
        assertThat(response.getResponse().getContentAsString()).contains("xml:lang=\"en\"");
        SyndFeed feed = parse(response);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("The Test Courier");
        assertThat(feed.getDescription()).isEqualTo("The latest articles of The Test Courier");
        assertThat(feed.getUri()).isEqualTo(BASE + "/en/feed.atom");
        assertThat(feed.getPublishedDate()).isNotNull();
        assertThat(feed.getLinks())
                .extracting(SyndLink::getRel, SyndLink::getHref)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("alternate", BASE + "/en/"),
                        org.assertj.core.groups.Tuple.tuple("self", BASE + "/en/feed.atom"));
        SyndEntry entry = entry(feed, article);
        assertEntryDescribes(entry, article, "Italy");
        assertThat(entry.getUpdatedDate()).isNotNull();
    }

    @Test
    void aFeedListsOnlyThePublishedArticlesOfItsLanguage() throws Exception {
        Article english = newsrooms.published(editor, "en", unique("Assembly in Turin"));
        Article spanish = newsrooms.published(editor, "es", unique("Asamblea en Turín"));
        Article draft = newsrooms.draft(editor, "en", unique("Unfinished report"));
        Article withdrawn = newsrooms.published(editor, "en", unique("Withdrawn report"));
        newsrooms.newsroom().unpublish(editor, withdrawn.id());

        for (String format : List.of("rss", "atom")) {
            List<String> titles = parse(mvc.get().uri("/en/feed." + format).exchange()).getEntries().stream()
                    .map(SyndEntry::getTitle)
                    .toList();
            assertThat(titles)
                    .contains(english.title())
                    .doesNotContain(spanish.title(), draft.title(), withdrawn.title());
        }
        List<String> spanishTitles = parse(mvc.get().uri("/es/feed.rss").exchange()).getEntries().stream()
                .map(SyndEntry::getTitle)
                .toList();
        assertThat(spanishTitles).contains(spanish.title()).doesNotContain(english.title());
    }

    @Test
    void theArabicFeedsAreInArabic() throws Exception {
        Article arabic = newsrooms.published(
                editor,
                "ar",
                ArticleContent.of(
                        unique("عمال الموانئ يضربون"),
                        "مقدمة",
                        "نص المقال",
                        "هيئة التحرير",
                        "EG",
                        LocalDate.of(2026, 11, 3),
                        null));

        SyndFeed rss = parse(mvc.get().uri("/ar/feed.rss").exchange());
        MvcTestResult atomResponse = mvc.get().uri("/ar/feed.atom").exchange();
        SyndFeed atom = parse(atomResponse);

        assertThat(rss.getLanguage()).isEqualTo("ar");
        assertThat(atom.getLanguage()).isEqualTo("ar");
        assertThat(atomResponse.getResponse().getContentAsString()).contains("xml:lang=\"ar\"");
        assertThat(rss.getDescription()).isEqualTo("أحدث مقالات The Test Courier");
        assertThat(entry(rss, arabic).getAuthor()).isEqualTo("هيئة التحرير");
        assertThat(entry(atom, arabic).getCategories().getFirst().getName()).isEqualTo("مصر");
        assertThat(entry(atom, arabic).getLink()).isEqualTo(BASE + arabic.path());
    }

    @Test
    void scriptsInAnArticleBodyNeverReachTheFeed() throws Exception {
        Article article = newsrooms.published(
                editor,
                "en",
                ArticleContent.of(
                        unique("Unsafe body"),
                        "",
                        "Hello <script>alert(1)</script> **bold**"
                                + " <a href=\"javascript:alert(2)\">x</a>"
                                + " <img src=x onerror=alert(3)>",
                        "Editorial Board",
                        "IT",
                        LocalDate.of(2026, 11, 3),
                        null));

        for (String format : List.of("rss", "atom")) {
            String html =
                    content(entry(parse(mvc.get().uri("/en/feed." + format).exchange()), article));
            assertThat(html)
                    .contains("<strong>bold</strong>")
                    .doesNotContain("<script", "alert(1)", "javascript:", "onerror");
        }
    }

    @Test
    void codeBlocksKeepTheirLineBreaksInTheFeed() throws Exception {
        Article article = newsrooms.published(
                editor,
                "en",
                ArticleContent.of(
                        unique("Strike committee timetable"),
                        "",
                        "Timetable:\n\n```\n06:00 picket\n  10:00 march\n```\n",
                        "Editorial Board",
                        "IT",
                        LocalDate.of(2026, 11, 3),
                        null));

        String html = content(entry(parse(mvc.get().uri("/en/feed.atom").exchange()), article));

        assertThat(html).contains("06:00 picket\n  10:00 march");
    }

    @Test
    void aCountryFeedListsOnlyThatCountrysArticles() throws Exception {
        Article italy = newsrooms.published(editor, "en", unique("Genoa dockers"));
        Article france = newsrooms.published(
                editor,
                "en",
                ArticleContent.of(
                        unique("Marseille dockers"),
                        "",
                        "Text.",
                        "Correspondent",
                        "FR",
                        LocalDate.of(2026, 11, 3),
                        null));

        MvcTestResult response = mvc.get().uri("/en/countries/it/feed.rss").exchange();
        assertThat(response).hasStatusOk().hasHeader("Cache-Control", "public, max-age=300");
        SyndFeed rss = parse(response);
        assertThat(rss.getTitle()).isEqualTo("The Test Courier: Italy");
        assertThat(rss.getLink()).isEqualTo(BASE + "/en/countries/it");
        assertThat(rss.getEntries())
                .extracting(SyndEntry::getTitle)
                .contains(italy.title())
                .doesNotContain(france.title());
        assertThat(rss.getForeignMarkup())
                .anySatisfy(e -> assertThat(selfLink(e)).isEqualTo(BASE + "/en/countries/it/feed.rss"));

        SyndFeed atom = parse(mvc.get().uri("/en/countries/FR/feed.atom").exchange());
        assertThat(atom.getEntries())
                .extracting(SyndEntry::getTitle)
                .contains(france.title())
                .doesNotContain(italy.title());
        assertThat(atom.getLinks())
                .extracting(SyndLink::getHref)
                .contains(BASE + "/en/countries/fr", BASE + "/en/countries/fr/feed.atom");
    }

    @Test
    void feedsOfUnknownLanguagesAndCountriesAreNotFound() {
        newsrooms.ensurePublication();
        assertThat(mvc.get().uri("/xx/feed.rss")).hasStatus(404);
        assertThat(mvc.get().uri("/fr/feed.atom")).hasStatus(404);
        assertThat(mvc.get().uri("/en/countries/zz/feed.rss")).hasStatus(404);
        assertThat(mvc.get().uri("/en/feed.json")).hasStatus(404);
    }

    @Test
    void theCacheAnswersARepeatedFeedRequestWithNotModified() {
        newsrooms.published(editor, "en", unique("Cached feed"));
        MvcTestResult first = mvc.get().uri("/en/feed.atom").exchange();
        assertThat(first).hasStatusOk().headers().containsHeader("ETag");

        assertThat(mvc.get()
                        .uri("/en/feed.atom")
                        .header("If-None-Match", first.getResponse().getHeader("ETag")))
                .hasStatus(304);
    }

    static SyndFeed parse(MvcTestResult response) throws Exception {
        assertThat(response).hasStatusOk();
        return new SyndFeedInput().build(new StringReader(response.getResponse().getContentAsString()));
    }

    private static SyndEntry entry(SyndFeed feed, Article article) {
        return feed.getEntries().stream()
                .filter(e -> e.getTitle().equals(article.title()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry titled " + article.title()));
    }

    private static void assertEntryDescribes(SyndEntry entry, Article article, String countryName) {
        assertThat(entry.getLink()).isEqualTo(BASE + article.path());
        assertThat(entry.getUri()).isEqualTo("urn:uuid:" + article.id().value());
        assertThat(entry.getPublishedDate()).isNotNull();
        assertThat(entry.getPublishedDate().toInstant().getEpochSecond())
                .isEqualTo(article.publishedAt().getEpochSecond());
        assertThat(entry.getAuthor()).isEqualTo("Editorial Board");
        assertThat(entry.getDescription().getValue()).isEqualTo("A standfirst.");
        assertThat(content(entry)).contains("<h2>Heading</h2>").contains("<p>Body text.</p>");
        assertThat(entry.getCategories()).extracting(c -> c.getName()).containsExactly(countryName);
    }

    private static String content(SyndEntry entry) {
        return entry.getContents().stream()
                .map(SyndContent::getValue)
                .findFirst()
                .orElseThrow();
    }

    private static String selfLink(Element element) {
        return element.getName().equals("link") && "self".equals(element.getAttributeValue("rel"))
                ? element.getAttributeValue("href")
                : "";
    }
}
