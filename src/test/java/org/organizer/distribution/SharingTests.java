package org.organizer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.unique;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PressTest
class SharingTests {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Test
    void anArticlePageCarriesEscapedOpenGraphAndTwitterCardTags() {
        Actor editor = newsrooms.person(Role.EDITOR);
        String id = unique("x").substring(2);
        Article article = newsrooms.published(
                editor,
                "en",
                ArticleContent.of(
                        "Dockers say \"no\" to <war> " + id,
                        "Ships & \"arms\" <stay> in port",
                        "Text.",
                        "Editorial Board",
                        "IT",
                        LocalDate.of(2026, 11, 3),
                        null));

        assertThat(mvc.get().uri(article.path()))
                .hasStatusOk()
                .bodyText()
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta property=\"og:title\" content=\"Dockers say &#34;no&#34; to &lt;war> " + id + "\">")
                .contains("<meta property=\"og:description\" content=\"Ships &amp; &#34;arms&#34; &lt;stay> in port\">")
                .contains("<meta property=\"og:url\" content=\"" + BASE + article.path() + "\">")
                .contains("<meta property=\"og:locale\" content=\"en\">")
                .contains("<meta property=\"og:site_name\" content=\"The Test Courier\">")
                .contains("<meta property=\"article:published_time\" content=\""
                        + article.publishedAt().toString() + "\">")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .doesNotContain("\"no\" to <war>", "<war>")
                .doesNotContain("<stay>");
    }

    @Test
    void everyPublicPageLinksToTheFeedsOfItsLanguage() {
        newsrooms.ensurePublication();

        assertThat(mvc.get().uri("/en/"))
                .hasStatusOk()
                .bodyText()
                .contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"The Test Courier (RSS)\""
                        + " href=\"/en/feed.rss\">")
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"The Test Courier (Atom)\""
                        + " href=\"/en/feed.atom\">");
        assertThat(mvc.get().uri("/ar/countries/eg"))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/ar/feed.rss\"")
                .contains("href=\"/ar/feed.atom\"")
                .doesNotContain("/en/feed.rss");
    }
}
