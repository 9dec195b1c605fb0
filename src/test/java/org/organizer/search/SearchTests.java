package org.organizer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleId;
import org.organizer.press.Newsroom;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import picocli.CommandLine;

@PressTest
class SearchTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    ArticleSearch search;

    @Autowired
    ArticleIndex index;

    @Autowired
    IndexRebuild rebuild;

    @Autowired
    SearchCommand command;

    Actor editor;
    Newsroom newsroom;

    @BeforeEach
    void editor() {
        editor = newsrooms.person(Role.EDITOR);
        newsroom = newsrooms.newsroom();
    }

    @Test
    void spanishStemmingFindsStrikesForStrike() {
        String word = word();
        Article article =
                publish("es", "Convocan huelgas en el puerto " + word, "Los estibadores paran.", "ES", day(3));

        assertThat(awaitTitles("huelga " + word, "es")).containsExactly(article.title());
        assertThat(titles("huelga " + word, "en")).isEmpty();
    }

    @Test
    void anArabicArticleIsFoundByAnArabicWordAndShownRightToLeft() {
        String word = word();
        Article article =
                publish("ar", "الإضراب العام في الميناء " + word, "عمال الميناء يتوقفون عن العمل.", "EG", day(4));

        assertThat(awaitTitles("إضراب " + word, "ar")).containsExactly(article.title());
        assertThat(mvc.get().uri("/ar/search").param("q", "إضراب " + word))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("<h3 lang=\"ar\" dir=\"rtl\"><a href=\"/ar/articles/");
    }

    @Test
    void resultsAreFilteredByLanguageCountryAndDateAndSortedByDate() {
        String word = word();
        Article january = publish("en", "Dockers meet " + word, "The meeting.", "IT", day(10));
        Article march = publish("es", "Asamblea " + word, "La asamblea.", "AR", LocalDate.of(2026, 3, 5));
        Article june = publish("en", "Dockers strike " + word, "The strike.", "AR", LocalDate.of(2026, 6, 20));
        awaitTitles(word, null, 3);

        assertThat(apiTitles("q=" + word + "&sort=date")).containsExactly(june.title(), march.title(), january.title());
        assertThat(apiTitles("q=" + word + "&lang=en&sort=date")).containsExactly(june.title(), january.title());
        assertThat(apiTitles("q=" + word + "&country=ar&sort=date")).containsExactly(june.title(), march.title());
        assertThat(apiTitles("q=" + word + "&lang=en&country=AR")).containsExactly(june.title());
        assertThat(apiTitles("q=" + word + "&from=2026-02-01&to=2026-04-01")).containsExactly(march.title());
        assertThat(apiTitles("q=" + word + "&from=2026-03-05")).containsExactlyInAnyOrder(march.title(), june.title());

        // The page searches its own language unless the reader asks for all of them.
        assertThat(mvc.get().uri("/es/search").param("q", word))
                .hasStatusOk()
                .bodyText()
                .contains(march.title())
                .doesNotContain(june.title());
        assertThat(mvc.get().uri("/es/search").param("q", word).param("language", "all"))
                .hasStatusOk()
                .bodyText()
                .contains(march.title(), june.title(), january.title());
    }

    @Test
    void unpublishingOrArchivingRemovesAnArticleFromTheResults() {
        String word = word();
        Article unpublished = publish("en", "Warehouse vote " + word, "Votes.", "FR", day(5));
        Article archived = publish("en", "Warehouse count " + word, "Counts.", "FR", day(6));
        awaitTitles(word, "en", 2);

        newsroom.unpublish(editor, unpublished.id());
        newsroom.archive(editor, archived.id());

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(titles(word, null)).isEmpty());
        assertThat(apiTitles("q=" + word)).isEmpty();
    }

    @Test
    void editingAPublishedArticleReindexesItsNewText() {
        String before = word();
        String after = word();
        Article article = publish("en", "Rail workers " + before, "Rail.", "DE", day(7));
        awaitTitles(before, "en", 1);

        newsroom.update(
                editor,
                article.id(),
                ArticleContent.of(
                        "Rail workers " + after, "Rail.", "Body.", "Editorial Board", "DE", day(7), article.slug()));

        assertThat(awaitTitles(after, "en")).containsExactly("Rail workers " + after);
        assertThat(titles(before, "en")).isEmpty();
    }

    @Test
    void anEmptyIndexIsRebuiltFromTheDatabase() {
        String word = word();
        Article article = publish("es", "Paro de los estibadores " + word, "El puerto se detiene.", "UY", day(8));
        awaitTitles(word, "es", 1);

        index.discard();
        assertThat(titles(word, "es")).isEmpty();

        assertThat(rebuild.rebuildIfEmpty()).isTrue();
        assertThat(titles(word, "es")).containsExactly(article.title());
        assertThat(titles("estibador " + word, "es")).containsExactly(article.title());
    }

    @Test
    void anIndexOfAnOlderLayoutIsRebuiltFromTheDatabase() throws Exception {
        String word = word();
        Article article = publish("es", "Asamblea de estibadores " + word, "El puerto.", "UY", day(13));
        awaitTitles(word, "es", 1);

        // An index as an older version left it: documents, but not of today's layout.
        index.discard();
        java.nio.file.Files.createDirectories(index.directory());
        try (var directory = org.apache.lucene.store.FSDirectory.open(index.directory());
                var writer = new org.apache.lucene.index.IndexWriter(
                        directory, new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
            old.add(new org.apache.lucene.document.TextField(
                    "body.es", word, org.apache.lucene.document.Field.Store.YES));
            writer.addDocument(old);
            writer.commit();
        }
        assertThat(index.outdated()).isTrue();
        assertThat(titles(word, "es")).isEmpty();

        assertThat(rebuild.rebuildIfEmpty()).isTrue();
        assertThat(index.outdated()).isFalse();
        assertThat(titles(word, "es")).containsExactly(article.title());
        assertThat(rebuild.rebuildIfEmpty()).isFalse();
    }

    @Test
    void theRebuildCommandReportsItsProgress() {
        String word = word();
        publish("en", "Dockers strike " + word, "The port stops.", "BR", day(9));
        awaitTitles(word, "en", 1);
        StringWriter out = new StringWriter();

        int exit = new CommandLine(command).setOut(new PrintWriter(out)).execute("rebuild");

        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("indexed (\\d+)/\\1").contains("Search index rebuilt");
        assertThat(titles("strikes " + word, "en")).hasSize(1);
    }

    @Test
    void queriesWithBrokenSyntaxAnswerNormally() {
        for (String q : List.of("title:(((", "AND OR", "\"unclosed", "))) -|~* +", "*", "a~~~~~")) {
            assertThat(mvc.get().uri("/en/search").param("q", q)).hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/search").param("q", q)).hasStatusOk();
        }
    }

    @Test
    void queriesTooLongForTheIndexAreRefusedWithAMessage() {
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; i < 160; i++) {
            manyWords
                    .append((char) ('b' + i % 20))
                    .append((char) ('b' + i / 20))
                    .append(' ');
        }
        assertThat(manyWords.length()).isLessThanOrEqualTo(SearchRequest.MAX_QUERY);

        assertThat(mvc.get().uri("/en/search").param("q", manyWords.toString()).param("language", "all"))
                .hasStatus(400)
                .bodyText()
                .contains("The search is too long");
        assertThat(mvc.get().uri("/api/v1/search").param("q", "x".repeat(501))).hasStatus(400);
    }

    @Test
    void snippetsMarkTheMatchesAndEscapeTheText() {
        String word = word();
        publish(
                "en",
                "Notes on markup " + word,
                "Editors found `<script>alert(1)</script>` in a letter about the " + word + " campaign.",
                "GB",
                day(11));
        awaitTitles(word, "en", 1);

        MvcTestResult page = mvc.get().uri("/en/search").param("q", word).exchange();

        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("<mark>" + word + "</mark> campaign")
                .contains("&lt;script&gt;alert(1)")
                .doesNotContain("<script>alert");
        assertThat(page.getResponse().getHeader("Cache-Control")).doesNotContain("public");
    }

    @Test
    void aBlankQueryShowsOnlyTheForm() {
        assertThat(mvc.get().uri("/en/search").param("q", "  "))
                .hasStatusOk()
                .bodyText()
                .contains("<form method=\"get\" action=\"/en/search\"")
                .doesNotContain("Articles found");
    }

    @Test
    void badParametersGiveATranslatedErrorOnThePageAndAProblemInTheApi() {
        assertThat(mvc.get().uri("/es/search").param("q", "x").param("from", "2026-13-01"))
                .hasStatus(400)
                .bodyText()
                .contains("Escriba las fechas como año-mes-día");
        assertThat(mvc.get().uri("/fr/search").param("q", "x")).hasStatus(404);
        for (String query : List.of(
                "q=", "q=x&size=51", "q=x&size=0", "q=x&page=-1", "q=x&page=201", "q=x&lang=x1", "q=x&sort=up")) {
            assertThat(mvc.get().uri("/api/v1/search?" + query))
                    .as(query)
                    .hasStatus(400)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void theApiPagesThroughResults() {
        String word = word();
        for (int i = 1; i <= 3; i++) {
            publish("en", "Bulletin " + i + " " + word, "Text.", "IT", day(i));
        }
        awaitTitles(word, "en", 3);

        assertThat(mvc.get().uri("/api/v1/search?q=" + word + "&size=2&sort=date"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying(
                        "$.total", total -> assertThat(total).asNumber().isEqualTo(3))
                .hasPathSatisfying(
                        "$.items", items -> assertThat(items).asArray().hasSize(2));
        assertThat(apiTitles("q=" + word + "&size=2&page=1&sort=date")).containsExactly("Bulletin 1 " + word);
        assertThat(mvc.get().uri("/api/v1/search?q=" + word + "&size=50")).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/search?q=" + word + "&size=2&page=1&sort=date"))
                .bodyJson()
                .hasPathSatisfying(
                        "$.items[0].url", url -> assertThat(url).asString().startsWith("/en/articles/bulletin-1-"))
                .hasPathSatisfying(
                        "$.items[0].snippet", s -> assertThat(s).asString().isEqualTo("Text."));
    }

    @Test
    void aTitleMatchRanksAboveMatchesInTheText() {
        String word = word();
        Article inBody = publish("en", "Harbour news", "The " + word + " committee met.", "PT", day(11));
        Article inTitle = publish("en", "The " + word + " committee", "It met.", "PT", day(11));
        awaitTitles(word, "en", 2);

        assertThat(titles(word, "en")).containsExactly(inTitle.title(), inBody.title());
        assertThat(titles(word + " committee", "en")).containsExactly(inTitle.title(), inBody.title());
    }

    @Test
    void beyondAThousandMatchesTheCountSaysOrMore() throws Exception {
        String word = word();
        Article published = publish("en", "Bulletin " + word, "Text.", "GB", day(12));
        awaitTitles(word, "en", 1);
        // A thousand more in the index only, as the database holds none of them; removed at the end.
        List<ArticleId> copies = java.util.stream.Stream.generate(ArticleId::random)
                .limit(SearchResults.COUNTED)
                .toList();
        index.updateAll(copies, id -> java.util.Optional.of(copy(published, id)));
        try {
            assertThat(mvc.get().uri("/en/search").param("q", word))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Articles found: 1,000 or more", "Page 1 of 100 or more", "rel=\"next\"");
            assertThat(mvc.get().uri("/api/v1/search?q=" + word))
                    .bodyJson()
                    .hasPathSatisfying(
                            "$.total", total -> assertThat(total).asNumber().isEqualTo(1000))
                    .hasPathSatisfying(
                            "$.totalExact", exact -> assertThat(exact).isEqualTo(false));
            assertThat(mvc.get().uri("/api/v1/search?q=" + word + "&lang=en&country=GB&from=2026-01-12"))
                    .bodyJson()
                    .hasPathSatisfying(
                            "$.totalExact", exact -> assertThat(exact).isEqualTo(false));
        } finally {
            index.updateAll(copies, id -> java.util.Optional.empty());
        }
        assertThat(mvc.get().uri("/api/v1/search?q=" + word))
                .bodyJson()
                .hasPathSatisfying(
                        "$.total", total -> assertThat(total).asNumber().isEqualTo(1))
                .hasPathSatisfying("$.totalExact", exact -> assertThat(exact).isEqualTo(true));
    }

    private static Article copy(Article article, ArticleId id) {
        return new Article(
                id,
                article.translationGroup(),
                article.language(),
                article.content(),
                article.state(),
                article.authorId(),
                article.createdAt(),
                article.updatedAt(),
                article.publishedAt());
    }

    private Article publish(String language, String title, String body, String country, LocalDate dateline) {
        Article draft = newsroom.create(
                editor, language, ArticleContent.of(title, "", body, "Editorial Board", country, dateline, null));
        return newsroom.publish(editor, draft.id());
    }

    private List<String> awaitTitles(String query, String language) {
        return await().atMost(PATIENCE).until(() -> titles(query, language), titles -> !titles.isEmpty());
    }

    private void awaitTitles(String query, String language, int count) {
        await().atMost(PATIENCE).until(() -> titles(query, language), titles -> titles.size() == count);
    }

    private List<String> titles(String query, String language) {
        return search.search(SearchRequest.of(query, language, null, null, null, null, 0, 50)).hits().stream()
                .map(SearchHit::title)
                .toList();
    }

    private List<Object> apiTitles(String query) {
        MvcTestResult result = mvc.get().uri("/api/v1/search?" + query).exchange();
        assertThat(result).hasStatusOk();
        try {
            return JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].title");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2026, 1, day);
    }

    /** A made-up word that no analyzer changes and no other test uses. */
    private static String word() {
        String consonants = "bcdfghjklmnpqrstvwxz";
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())));
        }
        return word.append('k').toString();
    }
}
