package org.organizer.press.editions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.press.ArticleId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The edition, edition_section and edition_article tables. An edition is small, so it is saved whole:
 * its row is updated and its sections and placements are written again in order.
 */
@Repository
class EditionRepository {

    private static final String COLUMNS = "id, language, number, edition_date, currency, cover_price,"
            + " solidarity_price, state, cover_article_id, created_at, updated_at, published_at";

    private final JdbcClient jdbc;

    EditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Edition> byId(EditionId id) {
        return one("SELECT " + COLUMNS + " FROM edition WHERE id = ?", id.value());
    }

    /** Locks the edition until the transaction ends, so two editors' changes cannot interleave. */
    Optional<Edition> lock(EditionId id) {
        return one("SELECT " + COLUMNS + " FROM edition WHERE id = ? FOR UPDATE", id.value());
    }

    Optional<Edition> publishedByNumber(String language, int number) {
        return one(
                "SELECT " + COLUMNS + " FROM edition WHERE language = ? AND number = ? AND state = 'PUBLISHED'",
                language,
                number);
    }

    /** Every edition, newest number first, without sections (for lists). */
    List<Edition> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM edition ORDER BY edition_date DESC, language, number DESC")
                .query((rs, n) -> edition(rs, List.of()))
                .list();
    }

    /** Published editions of a language, newest first, without sections (for the archive). */
    List<Edition> published(String language) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM edition WHERE language = ? AND state = 'PUBLISHED'"
                        + " ORDER BY edition_date DESC, number DESC")
                .param(language)
                .query((rs, n) -> edition(rs, List.of()))
                .list();
    }

    int nextNumber(String language) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM edition WHERE language = ?")
                .param(language)
                .query(Integer.class)
                .single();
    }

    void insert(Edition e) {
        try {
            jdbc.sql("INSERT INTO edition (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            e.id().value(),
                            e.language(),
                            e.number(),
                            e.details().date(),
                            e.details().currency().getCurrencyCode(),
                            e.details().coverPrice(),
                            e.details().solidarityPrice(),
                            e.state().name(),
                            e.cover() == null ? null : e.cover().value(),
                            Timestamp.from(e.createdAt()),
                            Timestamp.from(e.updatedAt()),
                            e.publishedAt() == null ? null : Timestamp.from(e.publishedAt()))
                    .update();
        } catch (DuplicateKeyException ex) {
            throw EditionConflict.numberTaken();
        }
        writeSections(e);
    }

    void update(Edition e) {
        try {
            jdbc.sql("""
                            UPDATE edition SET number = ?, edition_date = ?, currency = ?, cover_price = ?,
                              solidarity_price = ?, state = ?, cover_article_id = ?, updated_at = ?, published_at = ?
                            WHERE id = ?""")
                    .params(
                            e.number(),
                            e.details().date(),
                            e.details().currency().getCurrencyCode(),
                            e.details().coverPrice(),
                            e.details().solidarityPrice(),
                            e.state().name(),
                            e.cover() == null ? null : e.cover().value(),
                            Timestamp.from(e.updatedAt()),
                            e.publishedAt() == null ? null : Timestamp.from(e.publishedAt()),
                            e.id().value())
                    .update();
        } catch (DuplicateKeyException ex) {
            throw EditionConflict.numberTaken();
        }
        jdbc.sql("DELETE FROM edition_article WHERE edition_id = ?")
                .param(e.id().value())
                .update();
        jdbc.sql("DELETE FROM edition_section WHERE edition_id = ?")
                .param(e.id().value())
                .update();
        writeSections(e);
    }

    private void writeSections(Edition e) {
        int sectionPosition = 0;
        for (EditionSection s : e.sections()) {
            jdbc.sql("INSERT INTO edition_section (id, edition_id, position, title, country, supplement)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(s.id().value(), e.id().value(), sectionPosition++, s.title(), s.country(), s.supplement())
                    .update();
            int articlePosition = 0;
            for (ArticleId article : s.articles()) {
                jdbc.sql("INSERT INTO edition_article (edition_id, section_id, article_id, position)"
                                + " VALUES (?, ?, ?, ?)")
                        .params(e.id().value(), s.id().value(), article.value(), articlePosition++)
                        .update();
            }
        }
    }

    private Optional<Edition> one(String sql, Object... params) {
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> edition(rs, List.of()))
                .optional()
                .map(e -> new Edition(
                        e.id(),
                        e.language(),
                        e.details(),
                        e.state(),
                        e.cover(),
                        sections(e.id()),
                        e.createdAt(),
                        e.updatedAt(),
                        e.publishedAt()));
    }

    private List<EditionSection> sections(EditionId edition) {
        Map<UUID, List<ArticleId>> articles = new LinkedHashMap<>();
        jdbc.sql("SELECT section_id, article_id FROM edition_article WHERE edition_id = ? ORDER BY position")
                .param(edition.value())
                .query(rs -> {
                    articles.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ArticleId(rs.getObject(2, UUID.class)));
                });
        return jdbc.sql("SELECT id, title, country, supplement FROM edition_section WHERE edition_id = ?"
                        + " ORDER BY position")
                .param(edition.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new EditionSection(
                            new SectionId(id),
                            rs.getString("title"),
                            rs.getString("country"),
                            rs.getBoolean("supplement"),
                            articles.getOrDefault(id, List.of()));
                })
                .list();
    }

    private static Edition edition(ResultSet rs, List<EditionSection> sections) throws SQLException {
        UUID cover = rs.getObject("cover_article_id", UUID.class);
        EditionDetails details = new EditionDetails(
                rs.getInt("number"),
                rs.getObject("edition_date", LocalDate.class),
                Currency.getInstance(rs.getString("currency")),
                rs.getBigDecimal("cover_price"),
                rs.getBigDecimal("solidarity_price"));
        return new Edition(
                new EditionId(rs.getObject("id", UUID.class)),
                rs.getString("language"),
                details,
                EditionState.valueOf(rs.getString("state")),
                cover == null ? null : new ArticleId(cover),
                sections,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs.getTimestamp("published_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
