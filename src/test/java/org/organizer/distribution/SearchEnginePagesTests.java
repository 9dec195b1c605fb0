package org.organizer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.unique;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.Newsroom;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@PressTest
class SearchEnginePagesTests {

    private static final String BASE = "http://localhost:8080";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

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
    void theSitemapListsPublishedArticlesWithTheirPublishedTranslationsAsAlternates() throws Exception {
        Newsroom newsroom = newsrooms.newsroom();
        Article english = newsrooms.published(editor, "en", unique("Dockers meet in Genoa"));
        Article spanish = newsroom.publish(
                editor,
                newsroom.addTranslation(editor, english.id(), "es", text(unique("Estibadores se reúnen en Génova")))
                        .id());
        Article arabicDraft =
                newsroom.addTranslation(editor, english.id(), "ar", text(unique("عمال الموانئ يجتمعون في جنوة")));

        MvcTestResult response = mvc.get().uri("/sitemap.xml").exchange();

        assertThat(response)
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=3600")
                .headers()
                .containsHeader("ETag");
        assertThat(response.getResponse().getContentType()).isEqualToIgnoringCase("application/xml;charset=UTF-8");
        Document sitemap = parse(response);
        Element root = sitemap.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(root.getLocalName()).isEqualTo("urlset");

        Map<String, Element> urls = urlsByLoc(sitemap);
        assertThat(urls).containsKeys(BASE + "/en/", BASE + "/es/", BASE + "/ar/");
        assertThat(urls).doesNotContainKey(BASE + arabicDraft.path());
        Map<String, String> expected = Map.of(
                "en", BASE + english.path(),
                "es", BASE + spanish.path(),
                "x-default", BASE + english.path());
        for (Article article : new Article[] {english, spanish}) {
            Element url = urls.get(BASE + article.path());
            assertThat(url).as("sitemap entry of %s", article.path()).isNotNull();
            assertThat(alternates(url)).isEqualTo(expected);
            assertThat(child(url, "lastmod")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        }
        assertThat(alternates(urls.get(BASE + "/es/")))
                .containsEntry("ar", BASE + "/ar/")
                .containsEntry("x-default", BASE + "/en/");
    }

    @Test
    void aCrawlerWithTheCurrentSitemapGetsNotModified() {
        newsrooms.published(editor, "en", unique("Sitemap etag"));
        MvcTestResult first = mvc.get().uri("/sitemap.xml").exchange();

        assertThat(mvc.get()
                        .uri("/sitemap.xml")
                        .header("If-None-Match", first.getResponse().getHeader("ETag")))
                .hasStatus(304);
    }

    @Test
    void robotsTxtPointsToTheSitemapAndKeepsCrawlersOutOfPrivateAreas() {
        assertThat(mvc.get().uri("/robots.txt"))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=3600")
                .hasContentType("text/plain;charset=UTF-8")
                .bodyText()
                .contains("User-agent: *")
                .contains("Disallow: /admin\n")
                .contains("Disallow: /account\n")
                .contains("Disallow: /api\n")
                .contains("Sitemap: " + BASE + "/sitemap.xml");
    }

    private static ArticleContent text(String title) {
        return ArticleContent.of(title, "", "Text.", "Editorial Board", "IT", LocalDate.of(2026, 11, 3), null);
    }

    private static Document parse(MvcTestResult response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getResponse().getContentAsByteArray()));
    }

    private static Map<String, Element> urlsByLoc(Document sitemap) {
        Map<String, Element> urls = new HashMap<>();
        NodeList list = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < list.getLength(); i++) {
            Element url = (Element) list.item(i);
            urls.put(child(url, "loc"), url);
        }
        return urls;
    }

    private static Map<String, String> alternates(Element url) {
        Map<String, String> byLanguage = new HashMap<>();
        NodeList links = url.getElementsByTagNameNS(XHTML, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            byLanguage.put(link.getAttribute("hreflang"), link.getAttribute("href"));
        }
        return byLanguage;
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(SITEMAP, name).item(0).getTextContent();
    }
}
