package org.organizer.distribution.newsletter;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubscriberRepository {

    private static final String COLUMNS = """
            id, email, language, countries, state, manage_token, last_mail_at, created_at, confirmed_at, updated_at
            """;

    private final JdbcClient jdbc;

    SubscriberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the row, so two submissions of one address at once do not both send a mail. */
    Optional<Subscriber> lockByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_subscriber WHERE lower(email) = lower(?) FOR UPDATE")
                .param(email)
                .query(SubscriberRepository::subscriber)
                .optional();
    }

    /** @return false when another request inserted the same address first */
    boolean insert(Subscriber s, String confirmHash) {
        return jdbc.sql("""
                        INSERT INTO newsletter_subscriber
                            (id, email, language, countries, state, manage_token, confirm_token_hash, last_mail_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, now())
                        ON CONFLICT DO NOTHING
                        """)
                        .params(
                                s.id(),
                                s.email(),
                                s.language(),
                                s.countries().toArray(String[]::new),
                                s.state().code(),
                                s.manageToken(),
                                confirmHash)
                        .update()
                == 1;
    }

    /** A fresh confirmation for a reader who is not confirmed; the old link stops working. */
    void renewConfirmation(UUID id, String language, List<String> countries, String confirmHash) {
        jdbc.sql("""
                        UPDATE newsletter_subscriber
                        SET state = 'pending', language = ?, countries = ?, confirm_token_hash = ?,
                            last_mail_at = now(), updated_at = now()
                        WHERE id = ?
                        """)
                .params(language, countries.toArray(String[]::new), confirmHash, id)
                .update();
    }

    void mailed(UUID id) {
        jdbc.sql("UPDATE newsletter_subscriber SET last_mail_at = now() WHERE id = ?")
                .param(id)
                .update();
    }

    /** Confirms the reader holding this (unexpired) confirmation link. */
    Optional<Subscriber> confirm(String confirmHash, Instant issuedAfter) {
        return jdbc.sql("""
                        UPDATE newsletter_subscriber
                        SET state = 'confirmed', confirm_token_hash = NULL, confirmed_at = now(), updated_at = now()
                        WHERE confirm_token_hash = ? AND state = 'pending' AND last_mail_at > ?
                        RETURNING\s""" + COLUMNS)
                .params(confirmHash, Timestamp.from(issuedAfter))
                .query(SubscriberRepository::subscriber)
                .optional();
    }

    boolean pendingConfirmation(String confirmHash, Instant issuedAfter) {
        return jdbc.sql("""
                        SELECT count(*) FROM newsletter_subscriber
                        WHERE confirm_token_hash = ? AND state = 'pending' AND last_mail_at > ?
                        """)
                        .params(confirmHash, Timestamp.from(issuedAfter))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<Subscriber> byManageToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_subscriber WHERE manage_token = ?")
                .param(token)
                .query(SubscriberRepository::subscriber)
                .optional();
    }

    Optional<Subscriber> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_subscriber WHERE id = ?")
                .param(id)
                .query(SubscriberRepository::subscriber)
                .optional();
    }

    void updatePreferences(UUID id, String language, List<String> countries) {
        jdbc.sql("UPDATE newsletter_subscriber SET language = ?, countries = ?, updated_at = now() WHERE id = ?")
                .params(language, countries.toArray(String[]::new), id)
                .update();
    }

    void unsubscribe(UUID id) {
        jdbc.sql("""
                        UPDATE newsletter_subscriber
                        SET state = 'unsubscribed', confirm_token_hash = NULL, updated_at = now()
                        WHERE id = ?
                        """).param(id).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM newsletter_subscriber WHERE id = ?").param(id).update();
    }

    private static Subscriber subscriber(ResultSet rs, int row) throws SQLException {
        return new Subscriber(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("language"),
                strings(rs.getArray("countries")),
                SubscriberState.of(rs.getString("state")),
                rs.getString("manage_token"),
                instant(rs.getTimestamp("last_mail_at")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("confirmed_at")),
                rs.getTimestamp("updated_at").toInstant());
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
