package org.organizer.cases.campaigns;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Demands, planned hearings, the prisoner's address and solidarity messages of cases. */
@Repository
class CampaignRepository {

    record CaseRow(UUID id, String slug, String country) {}

    record PendingMessage(UUID id, UUID caseId, String state, Instant createdAt, String organisation) {}

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseRow> caseBySlug(String slug) {
        return jdbc.sql("SELECT id, slug, country FROM case_file WHERE slug = ?")
                .param(slug)
                .query((rs, n) -> new CaseRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    Optional<CaseRow> caseById(UUID id) {
        return jdbc.sql("SELECT id, slug, country FROM case_file WHERE id = ?")
                .param(id)
                .query((rs, n) -> new CaseRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    void putDemands(UUID caseId, String language, String demands, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_campaign_demands (case_id, language, demands, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (case_id, language) DO UPDATE
                        SET demands = excluded.demands, changed_by = excluded.changed_by, changed_at = excluded.changed_at""").params(caseId, language, demands, by, Timestamp.from(at)).update();
    }

    Map<String, String> demands(UUID caseId) {
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.sql("SELECT language, demands FROM case_campaign_demands WHERE case_id = ? ORDER BY language")
                .param(caseId)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                });
        return result;
    }

    void insertHearing(UUID id, UUID caseId, Instant startsAt, ZoneId zone, String place, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_scheduled_hearing (id, case_id, starts_at, time_zone, place, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, Timestamp.from(startsAt), zone.getId(), place, by, Timestamp.from(at))
                .update();
    }

    int deleteHearing(UUID caseId, UUID id) {
        return jdbc.sql("DELETE FROM case_scheduled_hearing WHERE case_id = ? AND id = ?")
                .params(caseId, id)
                .update();
    }

    /** Hearings from the given moment on, soonest first. */
    List<Campaign.Hearing> hearingsFrom(UUID caseId, Instant from) {
        return jdbc.sql("""
                        SELECT id, starts_at, time_zone, place FROM case_scheduled_hearing
                        WHERE case_id = ? AND starts_at >= ? ORDER BY starts_at, id""")
                .params(caseId, Timestamp.from(from))
                .query((rs, n) -> new Campaign.Hearing(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant().atZone(ZoneId.of(rs.getString(3))),
                        rs.getString(4)))
                .list();
    }

    void putAddress(UUID caseId, String address, String allowedBy, LocalDate allowedOn, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_prison_address (case_id, address, allowed_by, allowed_on, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (case_id) DO UPDATE
                        SET address = excluded.address, allowed_by = excluded.allowed_by,
                            allowed_on = excluded.allowed_on, recorded_by = excluded.recorded_by,
                            recorded_at = excluded.recorded_at, withdrawn_by = NULL, withdrawn_at = NULL""")
                .params(caseId, address, allowedBy, allowedOn, by, Timestamp.from(at))
                .update();
    }

    int withdrawAddress(UUID caseId, UUID by, Instant at) {
        return jdbc.sql("""
                        UPDATE case_prison_address SET withdrawn_by = ?, withdrawn_at = ?
                        WHERE case_id = ? AND withdrawn_at IS NULL""").params(by, Timestamp.from(at), caseId).update();
    }

    Optional<Campaign.Address> address(UUID caseId) {
        return jdbc.sql("""
                        SELECT a.address, a.allowed_by, a.allowed_on, u.display_name, a.withdrawn_at
                        FROM case_prison_address a JOIN app_user u ON u.id = a.recorded_by WHERE a.case_id = ?""")
                .param(caseId)
                .query((rs, n) -> new Campaign.Address(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional();
    }

    void insertMessage(
            UUID id,
            UUID caseId,
            String language,
            String organisation,
            String country,
            String message,
            String email,
            String tokenHash,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO case_solidarity_message (id, case_id, language, organisation, country, message, email,
                                                             token_hash, state, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(id, caseId, language, organisation, country, message, email, tokenHash, Timestamp.from(at))
                .update();
    }

    Optional<PendingMessage> byToken(String tokenHash) {
        return jdbc.sql("""
                        SELECT id, case_id, state, created_at, organisation FROM case_solidarity_message
                        WHERE token_hash = ?""")
                .param(tokenHash)
                .query((rs, n) -> new PendingMessage(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .optional();
    }

    int confirm(UUID id, Instant at) {
        return jdbc.sql("""
                        UPDATE case_solidarity_message SET state = 'CONFIRMED', confirmed_at = ?
                        WHERE id = ? AND state = 'PENDING'""").params(Timestamp.from(at), id).update();
    }

    int decide(UUID caseId, UUID id, String state, UUID by, Instant at) {
        return jdbc.sql("""
                        UPDATE case_solidarity_message SET state = ?, decided_by = ?, decided_at = ?
                        WHERE case_id = ? AND id = ? AND state IN ('CONFIRMED', 'APPROVED', 'REJECTED')""").params(state, by, Timestamp.from(at), caseId, id).update();
    }

    /** Messages in the given states, oldest first. */
    List<Campaign.Message> messages(UUID caseId, List<String> states) {
        return jdbc.sql("""
                        SELECT id, organisation, country, message, email, state, created_at FROM case_solidarity_message
                        WHERE case_id = :case AND state = ANY(:states) ORDER BY created_at, id""")
                .param("case", caseId)
                .param("states", states.toArray(new String[0]))
                .query((rs, n) -> new Campaign.Message(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
