package org.organizer.distribution.newsletter;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.distribution.delivery.NewDelivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class IssueRepository {

    private static final String COLUMNS = """
            i.id, i.title, i.edition_language, i.edition_number, i.article_ids, i.countries, i.default_language,
            i.created_at, i.batch_id, i.sent_at,
            ARRAY(SELECT v.language FROM newsletter_issue_version v WHERE v.issue_id = i.id
                  ORDER BY v.language <> i.default_language, v.language) AS languages
            """;

    private final JdbcClient jdbc;

    IssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void insert(Issue issue, @Nullable UUID createdBy, List<RenderedVersion> versions) {
        jdbc.sql("""
                        INSERT INTO newsletter_issue (id, title, edition_language, edition_number, article_ids,
                                                      countries, default_language, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        issue.id(),
                        issue.title(),
                        issue.editionLanguage(),
                        issue.editionNumber(),
                        issue.articleIds().toArray(UUID[]::new),
                        issue.countries().toArray(String[]::new),
                        issue.defaultLanguage(),
                        createdBy)
                .update();
        for (RenderedVersion v : versions) {
            jdbc.sql("""
                            INSERT INTO newsletter_issue_version (issue_id, language, subject, html, text)
                            VALUES (?, ?, ?, ?, ?)
                            """)
                    .params(issue.id(), v.language(), v.subject(), v.html(), v.text())
                    .update();
        }
    }

    Optional<Issue> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_issue i WHERE i.id = ?")
                .param(id)
                .query(IssueRepository::issue)
                .optional();
    }

    /** Waits for a concurrent send of the same issue to finish, so only one of them sends. */
    Optional<Issue> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_issue i WHERE i.id = ? FOR UPDATE OF i")
                .param(id)
                .query(IssueRepository::issue)
                .optional();
    }

    List<Issue> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_issue i ORDER BY i.created_at DESC, i.id LIMIT ?")
                .param(limit)
                .query(IssueRepository::issue)
                .list();
    }

    void markSent(UUID id, UUID batch) {
        jdbc.sql("UPDATE newsletter_issue SET batch_id = ?, sent_at = now() WHERE id = ?")
                .params(batch, id)
                .update();
    }

    /** The language's version, else the issue's default language's. */
    Optional<RenderedVersion> version(UUID issue, String language) {
        return jdbc.sql("""
                        SELECT v.language, v.subject, v.html, v.text
                        FROM newsletter_issue_version v JOIN newsletter_issue i ON i.id = v.issue_id
                        WHERE v.issue_id = ? AND v.language IN (?, i.default_language)
                        ORDER BY v.language <> ? LIMIT 1
                        """)
                .params(issue, language, language)
                .query((rs, row) -> new RenderedVersion(
                        rs.getString("language"), rs.getString("subject"), rs.getString("html"), rs.getString("text")))
                .optional();
    }

    /**
     * One delivery per confirmed reader, from one query: readers who chose countries only when the issue
     * touches one of them. The payload names the issue and the reader, nothing more.
     */
    List<NewDelivery> recipients(UUID issue) {
        String prefix = "{\"issue\":\"" + issue + "\",\"subscriber\":\"";
        return jdbc.sql("""
                        SELECT s.id, s.email FROM newsletter_subscriber s, newsletter_issue i
                        WHERE i.id = ? AND s.state = 'confirmed'
                          AND (cardinality(s.countries) = 0 OR s.countries && i.countries)
                        ORDER BY s.id
                        """)
                .param(issue)
                .query((rs, row) -> new NewDelivery(rs.getString(2), prefix + rs.getString(1) + "\"}"))
                .list();
    }

    int countRecipients(UUID issue) {
        return jdbc.sql("""
                        SELECT count(*) FROM newsletter_subscriber s, newsletter_issue i
                        WHERE i.id = ? AND s.state = 'confirmed'
                          AND (cardinality(s.countries) = 0 OR s.countries && i.countries)
                        """).param(issue).query(Integer.class).single();
    }

    private static Issue issue(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        int number = rs.getInt("edition_number");
        Integer edition = rs.wasNull() ? null : number;
        return new Issue(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("edition_language"),
                edition,
                uuids(rs.getArray("article_ids")),
                SubscriberRepository.strings(rs.getArray("countries")),
                rs.getString("default_language"),
                SubscriberRepository.strings(rs.getArray("languages")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("batch_id", UUID.class),
                sent == null ? null : sent.toInstant());
    }

    private static List<UUID> uuids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
