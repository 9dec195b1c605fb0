package org.organizer.press;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;
import org.organizer.media.PhotoId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The article and article_history tables. */
@Repository
class ArticleRepository {

    private static final String COLUMNS = "id, translation_group, language, slug, title, standfirst, body, byline,"
            + " country, dateline, state, author_id, created_at, updated_at, published_at,"
            + " kind, place, original_author, original_date";

    private static final RowMapper<Article> ARTICLE = ArticleRepository::article;

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Article> byId(ArticleId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id = ?")
                .param(id.value())
                .query(ARTICLE)
                .optional();
    }

    Optional<PhotoId> leadPhoto(ArticleId id) {
        return jdbc.sql("SELECT lead_photo_id FROM article WHERE id = ? AND lead_photo_id IS NOT NULL")
                .param(id.value())
                .query((rs, n) -> new PhotoId(rs.getObject(1, UUID.class)))
                .optional();
    }

    void setLeadPhoto(ArticleId id, @Nullable PhotoId photo, Instant now) {
        jdbc.sql("UPDATE article SET lead_photo_id = ?, updated_at = ? WHERE id = ?")
                .params(photo == null ? null : photo.value(), Timestamp.from(now), id.value())
                .update();
    }

    /** Locks the row until the transaction ends, so two workflow steps cannot interleave. */
    Optional<Article> lock(ArticleId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id = ? FOR UPDATE")
                .param(id.value())
                .query(ARTICLE)
                .optional();
    }

    Optional<Article> publishedBySlug(String language, String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE language = ? AND slug = ? AND state = 'PUBLISHED'")
                .params(language, slug)
                .query(ARTICLE)
                .optional();
    }

    boolean slugTaken(String language, String slug, ArticleId except) {
        return jdbc.sql("SELECT count(*) FROM article WHERE language = ? AND slug = ? AND id <> ?")
                        .params(language, slug, except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Article> translationGroup(UUID group) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE translation_group = ? ORDER BY language")
                .param(group)
                .query(ARTICLE)
                .list();
    }

    List<Article> published(@Nullable String language, @Nullable String country, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE state = 'PUBLISHED'"
                        + " AND (CAST(:language AS TEXT) IS NULL OR language = :language)"
                        + " AND (CAST(:country AS TEXT) IS NULL OR country = :country)"
                        + " ORDER BY published_at DESC, id OFFSET :offset LIMIT :limit")
                .param("language", language)
                .param("country", country)
                .param("offset", offset)
                .param("limit", limit)
                .query(ARTICLE)
                .list();
    }

    /** A language's published articles of every kind but one, newest first: the front page without notes. */
    List<Article> publishedExcept(String language, ArticleKind except, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE state = 'PUBLISHED' AND language = ? AND kind <> ?"
                        + " ORDER BY published_at DESC, id LIMIT ?")
                .params(language, except.name(), limit)
                .query(ARTICLE)
                .list();
    }

    /**
     * A language's published notes, newest first, in keyset pages: {@code before} is the last note of the
     * previous page, so notes published meanwhile never shift what the next page shows.
     */
    List<Article> publishedNotes(String language, @Nullable ArticleId before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article"
                        + " WHERE state = 'PUBLISHED' AND kind = 'NOTE' AND language = :language"
                        + " AND (CAST(:before AS UUID) IS NULL OR (published_at, id) <"
                        + " (SELECT b.published_at, b.id FROM article b WHERE b.id = CAST(:before AS UUID)))"
                        + " ORDER BY published_at DESC, id DESC LIMIT :limit")
                .param("language", language)
                .param("before", before == null ? null : before.value())
                .param("limit", limit)
                .query(ARTICLE)
                .list();
    }

    List<ArticleAddress> publishedAddresses(int limit) {
        return jdbc.sql("SELECT id, translation_group, language, slug, updated_at FROM article"
                        + " WHERE state = 'PUBLISHED' ORDER BY published_at DESC, id LIMIT ?")
                .param(limit)
                .query((rs, n) -> new ArticleAddress(
                        new ArticleId(rs.getObject("id", UUID.class)),
                        rs.getObject("translation_group", UUID.class),
                        rs.getString("language"),
                        rs.getString("slug"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** Published articles in id order after {@code after}: keyset pages that never skip a row. */
    List<Article> publishedAfter(@Nullable ArticleId after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE state = 'PUBLISHED'"
                        + " AND (CAST(:after AS UUID) IS NULL OR id > :after) ORDER BY id LIMIT :limit")
                .param("after", after == null ? null : after.value())
                .param("limit", limit)
                .query(ARTICLE)
                .list();
    }

    long countPublished(@Nullable String language, @Nullable String country) {
        return jdbc.sql("SELECT count(*) FROM article WHERE state = 'PUBLISHED'"
                        + " AND (CAST(:language AS TEXT) IS NULL OR language = :language)"
                        + " AND (CAST(:country AS TEXT) IS NULL OR country = :country)")
                .param("language", language)
                .param("country", country)
                .query(Long.class)
                .single();
    }

    List<Article> byIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query(ARTICLE)
                .list();
    }

    /** Articles of a language in any state but archived, most recently changed first. */
    List<Article> inLanguage(String language, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE language = ? AND state <> 'ARCHIVED'"
                        + " ORDER BY updated_at DESC LIMIT ?")
                .params(language, limit)
                .query(ARTICLE)
                .list();
    }

    /** The newsroom's working set; {@code author} limits it to that person's articles plus published ones. */
    List<Article> newsroom(@Nullable UserId author, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article"
                        + " WHERE CAST(:author AS UUID) IS NULL OR author_id = :author OR state = 'PUBLISHED'"
                        + " ORDER BY updated_at DESC LIMIT :limit")
                .param("author", author == null ? null : author.value())
                .param("limit", limit)
                .query(ARTICLE)
                .list();
    }

    void insert(Article a) {
        try {
            jdbc.sql("INSERT INTO article (" + COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            a.id().value(),
                            a.translationGroup(),
                            a.language(),
                            a.slug(),
                            a.content().title(),
                            a.content().standfirst(),
                            a.content().body(),
                            a.content().byline(),
                            a.content().country(),
                            a.content().dateline(),
                            a.state().name(),
                            a.authorId().value(),
                            Timestamp.from(a.createdAt()),
                            Timestamp.from(a.updatedAt()),
                            a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()),
                            a.content().kind().name(),
                            a.content().place(),
                            a.content().originalAuthor(),
                            a.content().originalDate())
                    .update();
        } catch (DuplicateKeyException e) {
            throw conflict(a, e);
        }
    }

    void update(Article a) {
        try {
            jdbc.sql("""
                            UPDATE article SET slug = ?, title = ?, standfirst = ?, body = ?, byline = ?, country = ?,
                              dateline = ?, state = ?, updated_at = ?, published_at = ?, kind = ?, place = ?,
                              original_author = ?, original_date = ? WHERE id = ?""")
                    .params(
                            a.slug(),
                            a.content().title(),
                            a.content().standfirst(),
                            a.content().body(),
                            a.content().byline(),
                            a.content().country(),
                            a.content().dateline(),
                            a.state().name(),
                            Timestamp.from(a.updatedAt()),
                            a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()),
                            a.content().kind().name(),
                            a.content().place(),
                            a.content().originalAuthor(),
                            a.content().originalDate(),
                            a.id().value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw conflict(a, e);
        }
    }

    void recordHistory(
            ArticleId article,
            UserId actor,
            Instant at,
            @Nullable ArticleState from,
            ArticleState to,
            @Nullable String comment) {
        jdbc.sql("INSERT INTO article_history (article_id, actor_id, at, from_state, to_state, comment)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        article.value(),
                        actor.value(),
                        Timestamp.from(at),
                        from == null ? null : from.name(),
                        to.name(),
                        comment)
                .update();
    }

    record HistoryRow(
            Instant at,
            @Nullable UserId actor,
            @Nullable ArticleState from,
            ArticleState to,
            @Nullable String comment) {}

    List<HistoryRow> history(ArticleId article) {
        return jdbc.sql("SELECT at, actor_id, from_state, to_state, comment FROM article_history"
                        + " WHERE article_id = ? ORDER BY at, id")
                .param(article.value())
                .query((rs, n) -> new HistoryRow(
                        rs.getTimestamp("at").toInstant(),
                        rs.getObject("actor_id") == null ? null : new UserId(rs.getObject("actor_id", UUID.class)),
                        rs.getString("from_state") == null ? null : ArticleState.valueOf(rs.getString("from_state")),
                        ArticleState.valueOf(rs.getString("to_state")),
                        rs.getString("comment")))
                .list();
    }

    private static RuntimeException conflict(Article a, DuplicateKeyException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("article_one_translation_per_language")) {
            return ArticleConflict.translationExists(a.language());
        }
        return ArticleConflict.slugTaken(a.language(), a.slug());
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        ArticleContent content = new ArticleContent(
                rs.getString("title"),
                rs.getString("standfirst"),
                rs.getString("body"),
                rs.getString("byline"),
                rs.getString("country"),
                rs.getObject("dateline", LocalDate.class),
                rs.getString("slug"),
                ArticleKind.valueOf(rs.getString("kind")),
                rs.getString("place"),
                rs.getString("original_author"),
                rs.getObject("original_date", LocalDate.class));
        return new Article(
                new ArticleId(rs.getObject("id", UUID.class)),
                rs.getObject("translation_group", UUID.class),
                rs.getString("language"),
                content,
                ArticleState.valueOf(rs.getString("state")),
                new UserId(rs.getObject("author_id", UUID.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                published == null ? null : published.toInstant());
    }
}
