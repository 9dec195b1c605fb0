package org.organizer.cases.memorials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memorials, their texts per language and their cases. */
@Repository
class MemorialRepository {

    record Row(UUID id, String slug, LocalDate occurredOn, String country) {}

    private final JdbcClient jdbc;

    MemorialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insert(UUID id, String slug, LocalDate on, String country, UUID by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO case_memorial (id, slug, occurred_on, country, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING""")
                        .params(id, slug, on, country, by, Timestamp.from(at))
                        .update()
                > 0;
    }

    Optional<Row> byId(UUID id) {
        return jdbc.sql("SELECT id, slug, occurred_on, country FROM case_memorial WHERE id = ?")
                .param(id)
                .query(MemorialRepository::row)
                .optional();
    }

    Optional<Row> bySlug(String slug) {
        return jdbc.sql("SELECT id, slug, occurred_on, country FROM case_memorial WHERE slug = ?")
                .param(slug)
                .query(MemorialRepository::row)
                .optional();
    }

    List<Row> all() {
        return jdbc.sql("SELECT id, slug, occurred_on, country FROM case_memorial ORDER BY occurred_on DESC, slug")
                .query(MemorialRepository::row)
                .list();
    }

    /** Memorials published in a language, the most recent event first. */
    List<Row> publishedIn(String language) {
        return jdbc.sql("""
                        SELECT m.id, m.slug, m.occurred_on, m.country FROM case_memorial m
                        JOIN case_memorial_text t ON t.memorial_id = m.id
                        WHERE t.language = ? AND t.published_at IS NOT NULL
                        ORDER BY m.occurred_on DESC, m.slug LIMIT 500""").param(language).query(MemorialRepository::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
    }

    void linkCase(UUID memorial, UUID caseId, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_memorial_case (memorial_id, case_id, added_by, added_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""").params(memorial, caseId, by, Timestamp.from(at)).update();
    }

    int unlinkCase(UUID memorial, UUID caseId) {
        return jdbc.sql("DELETE FROM case_memorial_case WHERE memorial_id = ? AND case_id = ?")
                .params(memorial, caseId)
                .update();
    }

    List<Memorial.LinkedCase> cases(UUID memorial) {
        return jdbc.sql("""
                        SELECT c.id, c.slug FROM case_memorial_case l JOIN case_file c ON c.id = l.case_id
                        WHERE l.memorial_id = ? ORDER BY l.added_at, c.slug""")
                .param(memorial)
                .query((rs, n) -> new Memorial.LinkedCase(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    void putText(UUID memorial, String language, String title, String place, String body, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_memorial_text (memorial_id, language, title, place, body, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (memorial_id, language) DO UPDATE
                        SET title = excluded.title, place = excluded.place, body = excluded.body,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(memorial, language, title, place, body, by, Timestamp.from(at))
                .update();
    }

    int publish(UUID memorial, String language, @Nullable UUID by, @Nullable Instant at) {
        return jdbc.sql("UPDATE case_memorial_text SET published_by = ?, published_at = ? WHERE memorial_id = ?"
                        + " AND language = ?")
                .params(by, at == null ? null : Timestamp.from(at), memorial, language)
                .update();
    }

    List<Memorial.Text> texts(UUID memorial) {
        return jdbc.sql("""
                        SELECT language, title, place, body, published_at FROM case_memorial_text
                        WHERE memorial_id = ? ORDER BY language""")
                .param(memorial)
                .query((rs, n) -> new Memorial.Text(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }
}
