package org.organizer.distribution.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TelegramRepository {

    private final JdbcClient jdbc;

    TelegramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> token() {
        return jdbc.sql("SELECT token FROM telegram_bot").query(String.class).optional();
    }

    void saveToken(String token, @Nullable UUID by) {
        jdbc.sql("""
                        INSERT INTO telegram_bot (id, token, updated_by) VALUES (true, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET token = excluded.token, updated_by = excluded.updated_by,
                                                       updated_at = now()
                        """).params(token, by).update();
    }

    void deleteToken() {
        jdbc.sql("DELETE FROM telegram_bot").update();
    }

    /** Language → chat, in language order. */
    Map<String, String> channels() {
        Map<String, String> channels = new LinkedHashMap<>();
        jdbc.sql("SELECT language, chat FROM telegram_channel ORDER BY language")
                .query((rs, row) -> channels.put(rs.getString("language"), rs.getString("chat")))
                .list();
        return channels;
    }

    void saveChannel(String language, String chat) {
        jdbc.sql("""
                        INSERT INTO telegram_channel (language, chat) VALUES (?, ?)
                        ON CONFLICT (language) DO UPDATE SET chat = excluded.chat, updated_at = now()
                        """).params(language, chat).update();
    }

    void deleteChannel(String language) {
        jdbc.sql("DELETE FROM telegram_channel WHERE language = ?")
                .param(language)
                .update();
    }

    /**
     * Makes other transactions posting the same article wait until this one is done, so an article
     * published twice at once is still posted once.
     */
    void lockArticle(UUID article) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('telegram_posted_article'), hashtext(?))")
                .param(article.toString())
                .query((rs, row) -> 1)
                .list();
    }

    boolean wasPosted(UUID article) {
        return jdbc.sql("SELECT count(*) FROM telegram_posted_article WHERE article_id = ?")
                        .param(article)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void recordPosted(UUID article, String language, String chat, UUID delivery) {
        jdbc.sql("""
                        INSERT INTO telegram_posted_article (article_id, language, chat, delivery_id)
                        VALUES (?, ?, ?, ?)
                        """).params(article, language, chat, delivery).update();
    }

    Set<Integer> postedParts(UUID delivery) {
        return jdbc
                .sql("SELECT part FROM telegram_posted_part WHERE delivery_id = ?")
                .param(delivery)
                .query(Integer.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** Committed on its own as soon as Telegram accepted the part, so a retry starts after it. */
    void recordPart(UUID delivery, int part, long messageId) {
        jdbc.sql("""
                        INSERT INTO telegram_posted_part (delivery_id, part, message_id) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING
                        """).params(delivery, part, messageId).update();
    }
}
