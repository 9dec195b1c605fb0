package org.organizer.distribution.announce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AnnouncementRepository {

    private final JdbcClient jdbc;

    AnnouncementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the announcement unless its key was announced already. A concurrent insert of the same key waits
     * for the other transaction and then does nothing, so only one of them announces.
     *
     * @return false when the key was there
     */
    boolean insert(UUID id, String key, AnnouncementKind kind, String title) {
        return jdbc.sql("""
                        INSERT INTO announcement (id, key, kind, title) VALUES (?, ?, ?, ?)
                        ON CONFLICT (key) DO NOTHING
                        """).params(id, key, kind.code(), title).update() == 1;
    }

    void insertVersion(UUID id, String language, Announcement.Version version) {
        jdbc.sql("""
                        INSERT INTO announcement_version (announcement_id, language, title, text, path)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                .params(id, language, version.title(), version.text(), version.path())
                .update();
    }

    void recordSent(
            UUID id, List<AnnouncementChannel> channels, @Nullable UUID newsletterBatch, @Nullable UUID telegramBatch) {
        jdbc.sql("""
                        UPDATE announcement SET channels = ?, newsletter_batch_id = ?, telegram_batch_id = ?
                        WHERE id = ?
                        """)
                .params(
                        channels.stream().map(AnnouncementChannel::code).toArray(String[]::new),
                        newsletterBatch,
                        telegramBatch,
                        id)
                .update();
    }

    Optional<Announcement.Version> version(UUID id, String language) {
        return jdbc.sql("SELECT title, text, path FROM announcement_version WHERE announcement_id = ? AND language = ?")
                .params(id, language)
                .query((rs, row) ->
                        new Announcement.Version(rs.getString("title"), rs.getString("text"), rs.getString("path")))
                .optional();
    }

    Optional<AnnouncementKind> kind(UUID id) {
        return jdbc.sql("SELECT kind FROM announcement WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .flatMap(AnnouncementKind::ofCode);
    }

    /** Kind → channel → enabled, for the settings editors saved. */
    Map<AnnouncementKind, Map<AnnouncementChannel, Boolean>> settings() {
        Map<AnnouncementKind, Map<AnnouncementChannel, Boolean>> saved = new EnumMap<>(AnnouncementKind.class);
        jdbc.sql("SELECT kind, channel, enabled FROM announcement_setting")
                .query((rs, row) -> {
                    String kindCode = rs.getString("kind");
                    String channelCode = rs.getString("channel");
                    boolean enabled = rs.getBoolean("enabled");
                    AnnouncementKind.ofCode(kindCode)
                            .ifPresent(kind -> channel(channelCode)
                                    .ifPresent(channel -> saved.computeIfAbsent(
                                                    kind, k -> new EnumMap<>(AnnouncementChannel.class))
                                            .put(channel, enabled)));
                    return 1;
                })
                .list();
        return saved;
    }

    void saveSetting(AnnouncementKind kind, AnnouncementChannel channel, boolean enabled, @Nullable UUID by) {
        jdbc.sql("""
                        INSERT INTO announcement_setting (kind, channel, enabled, updated_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (kind, channel) DO UPDATE
                            SET enabled = excluded.enabled, updated_by = excluded.updated_by, updated_at = now()
                        """).params(kind.code(), channel.code(), enabled, by).update();
    }

    List<AnnouncementRecord> recent(int limit) {
        return jdbc.sql("""
                        SELECT id, kind, title, channels, newsletter_batch_id, telegram_batch_id, created_at
                        FROM announcement ORDER BY created_at DESC, id LIMIT ?
                        """).param(limit).query(AnnouncementRepository::record).list();
    }

    private static AnnouncementRecord record(ResultSet rs, int row) throws SQLException {
        java.sql.Array array = rs.getArray("channels");
        List<AnnouncementChannel> channels = array == null
                ? List.of()
                : java.util.Arrays.stream((String[]) array.getArray())
                        .map(AnnouncementRepository::channel)
                        .flatMap(Optional::stream)
                        .toList();
        return new AnnouncementRecord(
                rs.getObject("id", UUID.class),
                AnnouncementKind.ofCode(rs.getString("kind")).orElse(null),
                rs.getString("title"),
                channels,
                rs.getObject("newsletter_batch_id", UUID.class),
                rs.getObject("telegram_batch_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }

    static Optional<AnnouncementChannel> channel(String code) {
        for (AnnouncementChannel channel : AnnouncementChannel.values()) {
            if (channel.code().equals(code)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
