package org.organizer.distribution.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeliveryRepository {

    /** Longest error text kept; SMTP and HTTP errors are short, stack traces are not stored. */
    private static final int ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertBatch(UUID id, BatchKind kind, String title, @Nullable UUID createdBy) {
        jdbc.sql("INSERT INTO delivery_batch (id, kind, title, created_by) VALUES (?, ?, ?, ?)")
                .params(id, kind.code(), title, createdBy)
                .update();
    }

    Optional<UUID> batchOfToday(BatchKind kind, String title) {
        return jdbc.sql("""
                        SELECT id FROM delivery_batch
                        WHERE kind = ? AND title = ? AND created_at >= date_trunc('day', now())
                        ORDER BY created_at, id LIMIT 1
                        """).params(kind.code(), title).query(UUID.class).optional();
    }

    /** One statement per chunk: arrays unnested by PostgreSQL are much faster than one insert per row. */
    void insertDeliveries(UUID batch, String channel, List<UUID> ids, List<NewDelivery> deliveries) {
        jdbc.sql("""
                        INSERT INTO delivery (id, batch_id, channel, recipient, payload)
                        SELECT d.id, ?, ?, d.recipient, d.payload::jsonb
                        FROM unnest(?::uuid[], ?::text[], ?::text[]) AS d(id, recipient, payload)
                        """)
                .params(
                        batch,
                        channel,
                        ids.toArray(UUID[]::new),
                        deliveries.stream().map(NewDelivery::recipient).toArray(String[]::new),
                        deliveries.stream().map(NewDelivery::payload).toArray(String[]::new))
                .update();
    }

    /**
     * Takes a queued delivery for one attempt. A delivery found still "sending" was cut short (its node died);
     * it is tried again. Sent and failed deliveries are left alone, so a job that runs twice sends once.
     */
    Optional<Claimed> claim(UUID id) {
        return jdbc.sql("""
                        UPDATE delivery
                        SET state = 'sending', attempts = attempts + 1, updated_at = now(), next_attempt_at = NULL
                        WHERE id = ? AND state IN ('queued', 'sending')
                        RETURNING id, batch_id, channel, recipient, payload::text AS payload, attempts
                        """)
                .param(id)
                .query((rs, row) -> new Claimed(
                        rs.getString("channel"),
                        new Delivery(
                                rs.getObject("id", UUID.class),
                                rs.getObject("batch_id", UUID.class),
                                rs.getString("recipient"),
                                rs.getString("payload"),
                                rs.getInt("attempts"))))
                .optional();
    }

    record Claimed(String channel, Delivery delivery) {}

    void markSent(UUID id) {
        jdbc.sql("""
                        UPDATE delivery SET state = 'sent', sent_at = now(), updated_at = now(), last_error = NULL
                        WHERE id = ?
                        """).param(id).update();
    }

    void markFailed(UUID id, String error) {
        jdbc.sql("UPDATE delivery SET state = 'failed', last_error = ?, updated_at = now() WHERE id = ?")
                .params(shorten(error), id)
                .update();
    }

    void markWaiting(UUID id, String error, Instant nextAttempt) {
        jdbc.sql("""
                        UPDATE delivery SET state = 'queued', last_error = ?, next_attempt_at = ?, updated_at = now()
                        WHERE id = ?
                        """).params(shorten(error), Timestamp.from(nextAttempt), id).update();
    }

    /** Queues failed deliveries again, keeping their attempt count and last error for the record. */
    List<UUID> requeueFailed(UUID batch, @Nullable UUID delivery) {
        return jdbc.sql("""
                        UPDATE delivery SET state = 'queued', updated_at = now()
                        WHERE batch_id = ? AND state = 'failed' AND (CAST(? AS uuid) IS NULL OR id = ?)
                        RETURNING id
                        """).params(batch, delivery, delivery).query(UUID.class).list();
    }

    int forgetRecipient(String recipient) {
        return jdbc.sql("""
                        UPDATE delivery SET recipient = '-', payload = '{}'::jsonb, updated_at = now()
                        WHERE lower(recipient) = lower(?)
                        """).param(recipient).update();
    }

    List<BatchSummary> recentBatches(int limit) {
        return jdbc.sql("""
                        SELECT b.id, b.kind, b.title, b.created_at, c.*
                        FROM (SELECT * FROM delivery_batch ORDER BY created_at DESC, id LIMIT ?) b
                        CROSS JOIN LATERAL (%s) c
                        ORDER BY b.created_at DESC, b.id
                        """.formatted(COUNTS))
                .param(limit)
                .query(DeliveryRepository::summary)
                .list();
    }

    Optional<BatchSummary> batch(UUID id) {
        return jdbc.sql("""
                        SELECT b.id, b.kind, b.title, b.created_at, c.*
                        FROM delivery_batch b CROSS JOIN LATERAL (%s) c
                        WHERE b.id = ?
                        """.formatted(COUNTS))
                .param(id)
                .query(DeliveryRepository::summary)
                .optional();
    }

    /** Counted per batch, so the overview only reads the deliveries of the batches it shows. */
    private static final String COUNTS = """
            SELECT count(*) FILTER (WHERE d.state = 'queued') AS queued,
                   count(*) FILTER (WHERE d.state = 'sending') AS sending,
                   count(*) FILTER (WHERE d.state = 'sent') AS sent,
                   count(*) FILTER (WHERE d.state = 'failed') AS failed
            FROM delivery d WHERE d.batch_id = b.id
            """;

    private static BatchSummary summary(ResultSet rs, int row) throws SQLException {
        return new BatchSummary(
                rs.getObject("id", UUID.class),
                BatchKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("title"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("queued"),
                rs.getInt("sending"),
                rs.getInt("sent"),
                rs.getInt("failed"));
    }

    /** Deliveries of a batch in one state, oldest change first (failures first on the page). */
    List<DeliveryRecord> deliveries(UUID batch, DeliveryState state, int limit) {
        return jdbc.sql("""
                        SELECT id, batch_id, channel, recipient, state, attempts, last_error, next_attempt_at,
                               created_at, updated_at, sent_at
                        FROM delivery WHERE batch_id = ? AND state = ? ORDER BY updated_at, id LIMIT ?
                        """)
                .params(batch, state.code(), limit)
                .query(DeliveryRepository::record)
                .list();
    }

    Optional<DeliveryRecord> delivery(UUID id) {
        return jdbc.sql("""
                        SELECT id, batch_id, channel, recipient, state, attempts, last_error, next_attempt_at,
                               created_at, updated_at, sent_at
                        FROM delivery WHERE id = ?
                        """).param(id).query(DeliveryRepository::record).optional();
    }

    private static DeliveryRecord record(ResultSet rs, int row) throws SQLException {
        return new DeliveryRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("batch_id", UUID.class),
                rs.getString("channel"),
                rs.getString("recipient"),
                DeliveryState.of(rs.getString("state")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                instant(rs.getTimestamp("next_attempt_at")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs.getTimestamp("sent_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String shorten(String error) {
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
