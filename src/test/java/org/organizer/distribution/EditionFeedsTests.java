package org.organizer.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.EditionForms.freeNumber;
import static org.organizer.press.support.Newsrooms.unique;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.PrintableEdition;
import org.organizer.press.support.EditionForms;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
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

    EditionForms forms;

    @BeforeEach
    void editor() {
        editor = newsrooms.person(Role.EDITOR);
        forms = new EditionForms(mvc, editor, editions);
    }

    @Test
    void theFeedsOfAPublishedEditionListItsPublishedArticlesInPrintedOrder() throws Exception {
        int number = freeNumber();
        String base = forms.create("en", number);
        forms.addSection(base, "Italy", false);
        forms.addSection(base, "Tunisia", true);
        forms.addSection(base, "Chile", false);
        PrintableEdition composition = forms.composition(base);
        PrintableEdition.Section italy = composition.sections().get(0);
        PrintableEdition.Section chile = composition.sections().get(1);
        PrintableEdition.Section tunisia = composition.sections().get(2);
        Article supplement = newsrooms.published(editor, "en", unique("Phosphate miners"));
        Article genoa = newsrooms.published(editor, "en", unique("Dockers strike in Genoa"));
        Article santiago = newsrooms.published(editor, "en", unique("Teachers march in Santiago"));
        Article withdrawn = newsrooms.published(editor, "en", unique("Withdrawn report"));
        forms.place(base, tunisia, supplement);
        forms.place(base, chile, santiago);
        forms.place(base, italy, genoa);
        forms.place(base, italy, withdrawn);
        assertThat(forms.post(base + "/publish")).hasStatus3xxRedirection();
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
        int number = freeNumber();
        String base = forms.create("es", number);
        assertThat(forms.post(base + "/publish")).hasStatus3xxRedirection();

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
        int number = freeNumber();
        String base = forms.create("en", number);
        forms.addSection(base, "Italy", false);
        forms.place(
                base,
                forms.composition(base).sections().getFirst(),
                newsrooms.published(editor, "en", unique("Draft")));

        for (String format : List.of("rss", "atom")) {
            assertThat(mvc.get().uri("/en/editions/" + number + "/feed." + format))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/en/editions/" + freeNumber() + "/feed." + format))
                    .hasStatus(404);
            assertThat(mvc.get().uri("/de/editions/" + number + "/feed." + format))
                    .hasStatus(404);
        }
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    private static SyndFeed parse(MvcTestResult response) throws Exception {
        return new SyndFeedInput().build(new StringReader(response.getResponse().getContentAsString()));
    }
}
