package org.organizer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.PrintableEdition;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class EditionFeedsTests {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    PrintableEdition.Source editions;

    Actor editor;

    @BeforeEach
    void editor() {
        editor = newsrooms.person(Role.EDITOR);
    }

    @Test
    void theFeedsOfAPublishedEditionListItsPublishedArticlesInPrintedOrder() throws Exception {
        int number = number();
        String base = create("en", number);
        addSection(base, "Italy", false);
        addSection(base, "Tunisia", true);
        addSection(base, "Chile", false);
        PrintableEdition composition = composition(base);
        PrintableEdition.Section italy = composition.sections().get(0);
        PrintableEdition.Section chile = composition.sections().get(1);
        PrintableEdition.Section tunisia = composition.sections().get(2);
        Article supplement = newsrooms.published(editor, "en", unique("Phosphate miners"));
        Article genoa = newsrooms.published(editor, "en", unique("Dockers strike in Genoa"));
        Article santiago = newsrooms.published(editor, "en", unique("Teachers march in Santiago"));
        Article withdrawn = newsrooms.published(editor, "en", unique("Withdrawn report"));
        place(base, tunisia, supplement);
        place(base, chile, santiago);
        place(base, italy, genoa);
        place(base, italy, withdrawn);
        assertThat(post(base + "/publish")).hasStatus3xxRedirection();
        newsrooms.newsroom().unpublish(editor, withdrawn.id());

        MvcTestResult rss =
                mvc.get().uri("/en/editions/" + number + "/feed.rss").exchange();
        assertThat(rss).hasStatusOk().hasHeader("Cache-Control", "public, max-age=300");
        assertThat(rss.getResponse().getContentType()).isEqualToIgnoringCase("application/rss+xml;charset=UTF-8");
        SyndFeed feed = parse(rss);
        assertThat(feed.getTitle()).isEqualTo("The Test Courier — No. " + number);
        assertThat(feed.getLink()).isEqualTo(BASE + "/en/editions/" + number);
        assertThat(titles(feed))
                .as("sections in order, supplements after them, the withdrawn article left out")
                .containsExactly(genoa.title(), santiago.title(), supplement.title());
        assertThat(feed.getEntries().getFirst().getLink()).isEqualTo(BASE + genoa.path());

        MvcTestResult atom =
                mvc.get().uri("/en/editions/" + number + "/feed.atom").exchange();
        assertThat(atom).hasStatusOk().hasHeader("Cache-Control", "public, max-age=300");
        assertThat(atom.getResponse().getContentType()).isEqualToIgnoringCase("application/atom+xml;charset=UTF-8");
        SyndFeed atomFeed = parse(atom);
        assertThat(atomFeed.getTitle()).isEqualTo("The Test Courier — No. " + number);
        assertThat(atomFeed.getLinks())
                .extracting(SyndLink::getRel, SyndLink::getHref)
                .contains(
                        Tuple.tuple("alternate", BASE + "/en/editions/" + number),
                        Tuple.tuple("self", BASE + "/en/editions/" + number + "/feed.atom"));
        assertThat(titles(atomFeed)).containsExactly(genoa.title(), santiago.title(), supplement.title());
    }

    @Test
    void thePageOfAPublishedEditionLinksToItsFeeds() throws Exception {
        int number = number();
        String base = create("es", number);
        assertThat(post(base + "/publish")).hasStatus3xxRedirection();

        String page =
                mvc.get().uri("/es/editions/" + number).exchange().getResponse().getContentAsString();

        String head = page.substring(0, page.indexOf("</head>"));
        assertThat(head)
                .contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"The Test Courier — N.º "
                        + number + " (canal RSS)\" href=\"/es/editions/" + number + "/feed.rss\">")
                .contains("type=\"application/atom+xml\"")
                .contains("href=\"/es/editions/" + number + "/feed.atom\"")
                .as("the language feeds stay linked too")
                .contains("href=\"/es/feed.rss\"");
        SyndFeed feed =
                parse(mvc.get().uri("/es/editions/" + number + "/feed.rss").exchange());
        assertThat(feed.getTitle()).isEqualTo("The Test Courier — N.º " + number);
        assertThat(feed.getEntries()).isEmpty();
    }

    @Test
    void aDraftEditionAnUnknownEditionOrLanguageHasNoFeed() {
        int number = number();
        String base = create("en", number);
        addSection(base, "Italy", false);
        place(base, composition(base).sections().getFirst(), newsrooms.published(editor, "en", unique("Draft")));

        for (String format : List.of("rss", "atom")) {
            assertThat(mvc.get().uri("/en/editions/" + number + "/feed." + format))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/en/editions/" + number() + "/feed." + format))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/de/editions/" + number + "/feed." + format))
                    .hasStatus(404);
        }
    }

    private static int number() {
        return ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    private static SyndFeed parse(MvcTestResult response) throws Exception {
        return new SyndFeedInput().build(new StringReader(response.getResponse().getContentAsString()));
    }

    /** Creates an edition through the editors' form; returns its admin address. */
    private String create(String language, int number) {
        MvcTestResult created = post(
                "/admin/editions",
                "language",
                language,
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
        assertThat(created).hasStatus3xxRedirection();
        return created.getResponse().getRedirectedUrl().replaceAll("\\?.*$", "");
    }

    private void addSection(String base, String title, boolean supplement) {
        assertThat(post(base + "/sections", "title", title, "supplement", String.valueOf(supplement)))
                .hasStatus3xxRedirection();
    }

    private void place(String base, PrintableEdition.Section section, Article article) {
        assertThat(post(
                        base + "/articles",
                        "section",
                        section.id().toString(),
                        "article",
                        article.id().toString()))
                .hasStatus3xxRedirection();
    }

    private PrintableEdition composition(String base) {
        var auth = new UsernamePasswordAuthenticationToken(
                editor.email(), null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));
        return editions.forEditor(auth, UUID.fromString(base.substring(base.lastIndexOf('/') + 1)));
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(as(editor)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }
}
