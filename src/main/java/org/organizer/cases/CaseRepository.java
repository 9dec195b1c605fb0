package org.organizer.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_* tables. Values arrive here already sealed when they are case-team values. */
@Repository
class CaseRepository {

    record StoredField(
            OwnerKind ownerKind,
            UUID ownerId,
            String name,
            String language,
            Visibility visibility,
            @Nullable String plain,
            @Nullable String sealed) {}

    record PersonRoleRow(UUID roleId, UUID personId, PersonRole role) {}

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertCase(UUID id, String slug, String country, CaseStatus status, UUID by, Instant at) {
        jdbc.sql("INSERT INTO case_file (id, slug, country, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, slug, country, status.name(), by, Timestamp.from(at))
                .update();
    }

    Optional<CaseSummary> byId(UUID id) {
        return jdbc.sql("SELECT id, slug, country, status FROM case_file WHERE id = ?")
                .param(id)
                .query(CaseRepository::summary)
                .optional();
    }

    Optional<CaseSummary> bySlug(String slug) {
        return jdbc.sql("SELECT id, slug, country, status FROM case_file WHERE slug = ?")
                .param(slug)
                .query(CaseRepository::summary)
                .optional();
    }

    List<CaseSummary> list(@Nullable UUID member, @Nullable String country, @Nullable CaseStatus status) {
        // Only the filters given, so the planner can walk an index on (filter, created_at) up to the limit.
        StringBuilder sql = new StringBuilder("SELECT id, slug, country, status FROM case_file c WHERE true");
        List<Object> params = new java.util.ArrayList<>();
        if (member != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM case_team_member m WHERE m.case_id = c.id AND m.user_id = ?)");
            params.add(member);
        }
        if (country != null) {
            sql.append(" AND country = ?");
            params.add(country);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        return jdbc.sql(sql.append(" ORDER BY created_at DESC LIMIT 500").toString())
                .params(params)
                .query(CaseRepository::summary)
                .list();
    }

    private static CaseSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CaseSummary(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("country"),
                CaseStatus.valueOf(rs.getString("status")));
    }

    void addMember(UUID caseId, UUID user, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_team_member (case_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""").params(caseId, user, by, Timestamp.from(at)).update();
    }

    void removeMember(UUID caseId, UUID user) {
        jdbc.sql("DELETE FROM case_team_member WHERE case_id = ? AND user_id = ?")
                .params(caseId, user)
                .update();
    }

    boolean isMember(UUID caseId, UUID user) {
        return jdbc.sql("SELECT count(*) FROM case_team_member WHERE case_id = ? AND user_id = ?")
                        .params(caseId, user)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<CaseView.TeamMember> team(UUID caseId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.email FROM case_team_member m JOIN app_user u ON u.id = m.user_id
                        WHERE m.case_id = ? ORDER BY u.display_name""")
                .param(caseId)
                .query((rs, n) ->
                        new CaseView.TeamMember(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    void insertPerson(UUID id, UUID by, Instant at) {
        jdbc.sql("INSERT INTO case_person (id, created_by, created_at) VALUES (?, ?, ?)")
                .params(id, by, Timestamp.from(at))
                .update();
    }

    boolean personExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM case_person WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The cases a person appears in. */
    List<UUID> casesOfPerson(UUID person) {
        return jdbc.sql("SELECT DISTINCT case_id FROM case_person_role WHERE person_id = ?")
                .param(person)
                .query(UUID.class)
                .list();
    }

    void insertRole(UUID id, UUID caseId, UUID person, PersonRole role) {
        jdbc.sql("INSERT INTO case_person_role (id, case_id, person_id, role) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(id, caseId, person, role.name())
                .update();
    }

    List<PersonRoleRow> roles(UUID caseId) {
        return jdbc.sql("SELECT id, person_id, role FROM case_person_role WHERE case_id = ? ORDER BY role, id")
                .param(caseId)
                .query((rs, n) -> new PersonRoleRow(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), PersonRole.valueOf(rs.getString(3))))
                .list();
    }

    void insertEvent(UUID id, UUID caseId, EventKind kind, LocalDate on, String country) {
        jdbc.sql("INSERT INTO case_event (id, case_id, kind, occurred_on, country) VALUES (?, ?, ?, ?, ?)")
                .params(id, caseId, kind.name(), on, country)
                .update();
    }

    List<CaseView.Event> events(UUID caseId) {
        return jdbc.sql(
                        "SELECT id, kind, occurred_on, country FROM case_event WHERE case_id = ? ORDER BY occurred_on, id")
                .param(caseId)
                .query((rs, n) -> new CaseView.Event(
                        rs.getObject(1, UUID.class),
                        EventKind.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        List.of()))
                .list();
    }

    void insertInstitution(UUID id, UUID caseId, InstitutionKind kind) {
        jdbc.sql("INSERT INTO case_institution (id, case_id, kind) VALUES (?, ?, ?)")
                .params(id, caseId, kind.name())
                .update();
    }

    List<CaseView.Institution> institutions(UUID caseId) {
        return jdbc.sql("SELECT id, kind FROM case_institution WHERE case_id = ? ORDER BY kind, id")
                .param(caseId)
                .query((rs, n) -> new CaseView.Institution(
                        rs.getObject(1, UUID.class), InstitutionKind.valueOf(rs.getString(2)), List.of()))
                .list();
    }

    void insertSource(UUID id, UUID caseId) {
        jdbc.sql("INSERT INTO case_source (id, case_id) VALUES (?, ?)")
                .params(id, caseId)
                .update();
    }

    List<UUID> sources(UUID caseId) {
        return jdbc.sql("SELECT id FROM case_source WHERE case_id = ? ORDER BY id")
                .param(caseId)
                .query(UUID.class)
                .list();
    }

    /** Whether the owner belongs to the case (a person through a role in it). */
    boolean ownedByCase(UUID caseId, OwnerKind kind, UUID owner) {
        String sql = switch (kind) {
            case CASE -> "SELECT count(*) FROM case_file WHERE id = :case AND id = :owner";
            case PERSON -> "SELECT count(*) FROM case_person_role WHERE case_id = :case AND person_id = :owner";
            case ROLE -> "SELECT count(*) FROM case_person_role WHERE case_id = :case AND id = :owner";
            case EVENT -> "SELECT count(*) FROM case_event WHERE case_id = :case AND id = :owner";
            case INSTITUTION -> "SELECT count(*) FROM case_institution WHERE case_id = :case AND id = :owner";
            case SOURCE -> "SELECT count(*) FROM case_source WHERE case_id = :case AND id = :owner";
        };
        return jdbc.sql(sql)
                        .param("case", caseId)
                        .param("owner", owner)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void putField(StoredField field, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_field (owner_kind, owner_id, name, language, visibility, plain, sealed,
                                                changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (owner_kind, owner_id, name, language) DO UPDATE
                        SET visibility = excluded.visibility, plain = excluded.plain, sealed = excluded.sealed,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(
                        field.ownerKind().name(),
                        field.ownerId(),
                        field.name(),
                        field.language(),
                        field.visibility().name(),
                        field.plain(),
                        field.sealed(),
                        by,
                        Timestamp.from(at))
                .update();
    }

    Optional<StoredField> field(OwnerKind kind, UUID owner, String name, String language) {
        return jdbc.sql("""
                        SELECT owner_kind, owner_id, name, language, visibility, plain, sealed FROM case_field
                        WHERE owner_kind = ? AND owner_id = ? AND name = ? AND language = ?""")
                .params(kind.name(), owner, name, language)
                .query(CaseRepository::stored)
                .optional();
    }

    List<StoredField> fields(Collection<UUID> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT owner_kind, owner_id, name, language, visibility, plain, sealed FROM case_field
                        WHERE owner_id = ANY(:owners) ORDER BY name, language""")
                .param("owners", owners.toArray(new UUID[0]))
                .query(CaseRepository::stored)
                .list();
    }

    private static StoredField stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredField(
                OwnerKind.valueOf(rs.getString(1)),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                Visibility.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7));
    }

    void insertConsent(UUID id, UUID person, ConsentScope scope, String givenBy, LocalDate on, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_consent (id, person_id, scope, given_by, given_on, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, person, scope.name(), givenBy, on, by, Timestamp.from(at))
                .update();
    }

    int withdrawConsent(UUID id, UUID by, Instant at) {
        return jdbc.sql(
                        "UPDATE case_consent SET withdrawn_by = ?, withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL")
                .params(by, Timestamp.from(at), id)
                .update();
    }

    Optional<UUID> personOfConsent(UUID consent) {
        return jdbc.sql("SELECT person_id FROM case_consent WHERE id = ?")
                .param(consent)
                .query(UUID.class)
                .optional();
    }

    List<CaseView.Consent> consents(Collection<UUID> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT c.id, c.person_id, c.scope, c.given_by, c.given_on, u.display_name, c.recorded_at,
                               c.withdrawn_at
                        FROM case_consent c JOIN app_user u ON u.id = c.recorded_by
                        WHERE c.person_id = ANY(:persons) ORDER BY c.recorded_at""")
                .param("persons", persons.toArray(new UUID[0]))
                .query((rs, n) -> new CaseView.Consent(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        ConsentScope.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    void logAccess(UUID caseId, UUID user, Instant at, String fields) {
        jdbc.sql("INSERT INTO case_access_log (case_id, user_id, read_at, fields) VALUES (?, ?, ?, ?)")
                .params(caseId, user, Timestamp.from(at), fields)
                .update();
    }

    List<AccessLogEntry> accessLog(int limit) {
        return jdbc.sql("""
                        SELECT c.slug, u.display_name || ' <' || u.email || '>', l.read_at, l.fields
                        FROM case_access_log l JOIN case_file c ON c.id = l.case_id JOIN app_user u ON u.id = l.user_id
                        ORDER BY l.id DESC LIMIT ?""")
                .param(limit)
                .query((rs, n) -> new AccessLogEntry(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }
}
