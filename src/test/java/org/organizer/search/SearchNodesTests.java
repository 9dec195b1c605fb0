package org.organizer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
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
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes on one database: what another node changes reaches this node's index through PostgreSQL
 * notifications. "Another node" is played by plain JDBC on the same database, as a second node would.
 */
@PressTest
class SearchNodesTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    ArticleSearch search;

    @Autowired
    ArticleIndex index;

    @Autowired
    DataSource dataSource;

    Actor editor;
    Newsroom newsroom;

    @BeforeEach
    void editor() {
        editor = newsrooms.person(Role.EDITOR);
        newsroom = newsrooms.newsroom();
    }

    @Test
    void anArticlePublishedOnAnotherNodeIsIndexedHereWithoutARebuild() {
        String word = word();
        Article article = publish("Dockers elsewhere " + word);
        await().atMost(PATIENCE).until(() -> titles(word), titles -> titles.size() == 1);
        // As if another node had published it: in the database, not yet in this node's index.
        index.update(article.id(), Optional::empty);
        assertThat(titles(word)).isEmpty();

        notifyAsAnotherNode(article.id());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(titles(word)).containsExactly(article.title()));
    }

    @Test
    void anArticleWithdrawnOnAnotherNodeLeavesThisNodesIndex() {
        String word = word();
        Article published = publish("Port assembly " + word);
        await().atMost(PATIENCE).until(() -> titles(word), titles -> titles.size() == 1);
        // In this node's index only: another node has since unpublished it, which this node did not hear.
        ArticleId withdrawn = ArticleId.random();
        Article stale = new Article(
                withdrawn,
                published.translationGroup(),
                published.language(),
                ArticleContent.of(
                        "Withdrawn assembly " + word,
                        "",
                        "Text.",
                        "Editorial Board",
                        "IT",
                        published.content().dateline(),
                        null),
                published.state(),
                published.authorId(),
                published.createdAt(),
                published.updatedAt(),
                published.publishedAt());
        index.update(withdrawn, () -> Optional.of(stale));
        assertThat(titles(word)).hasSize(2);

        notifyAsAnotherNode(withdrawn, published.id());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(titles(word)).containsExactly(published.title()));
    }

    @Test
    void thisNodeTellsTheOtherNodesWhichArticleItIndexed() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + SearchNotifications.CHANNEL);
            try {
                Article article = publish("Dockers here " + word());

                List<String> payloads = new ArrayList<>();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                await().atMost(PATIENCE).until(() -> {
                    PGNotification[] received = postgres.getNotifications(200);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            payloads.add(notification.getParameter());
                        }
                    }
                    return payloads.stream().anyMatch(p -> p.endsWith(" " + article.id()));
                });
            } finally {
                statement.execute("UNLISTEN *");
            }
        }
    }

    @Test
    void notificationsAreReadAsArticleIdsIgnoringAnythingElse() {
        ArticleId one = ArticleId.random();
        ArticleId two = ArticleId.random();

        assertThat(SearchNotifications.ids(List.of(one + " " + two, "not-an-id " + one, "")))
                .containsExactly(one, two);
    }

    private void notifyAsAnotherNode(ArticleId... ids) {
        StringBuilder payload = new StringBuilder("another-node");
        for (ArticleId id : ids) {
            payload.append(' ').append(id);
        }
        JdbcClient.create(dataSource)
                .sql("SELECT pg_notify(?, ?)")
                .params(SearchNotifications.CHANNEL, payload.toString())
                .query()
                .singleRow();
    }

    private Article publish(String title) {
        Article draft = newsroom.create(
                editor,
                "en",
                ArticleContent.of(title, "", "Text.", "Editorial Board", "IT", LocalDate.of(2026, 2, 2), null));
        return newsroom.publish(editor, draft.id());
    }

    private List<String> titles(String query) {
        return search.search(SearchRequest.of(query, "en", null, null, null, null, 0, 50)).hits().stream()
                .map(SearchHit::title)
                .toList();
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
