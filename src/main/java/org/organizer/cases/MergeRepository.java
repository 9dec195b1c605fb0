package org.organizer.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of merging persons: moving roles, values and consents, and the merge records. */
@Repository
class MergeRepository {

    record RoleRow(UUID roleId, UUID caseId, PersonRole role) {}

    record StoredMerge(
            UUID id,
            UUID kept,
            UUID removed,
            @Nullable String keptName,
            @Nullable String removedName,
            @Nullable String preserved,
            String mergedBy,
            Instant mergedAt) {}

    private final JdbcClient jdbc;

    MergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoleRow> rolesOf(UUID person) {
        return jdbc.sql("SELECT id, case_id, role FROM case_person_role WHERE person_id = ? ORDER BY id")
                .param(person)
                .query((rs, n) -> new RoleRow(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), PersonRole.valueOf(rs.getString(3))))
                .list();
    }

    void moveRole(UUID roleId, UUID person) {
        jdbc.sql("UPDATE case_person_role SET person_id = ? WHERE id = ?")
                .params(person, roleId)
                .update();
    }

    void deleteRole(UUID roleId) {
        jdbc.sql("DELETE FROM case_person_role WHERE id = ?").param(roleId).update();
    }

    void deleteField(OwnerKind kind, UUID owner, String name, String language) {
        jdbc.sql("DELETE FROM case_field WHERE owner_kind = ? AND owner_id = ? AND name = ? AND language = ?")
                .params(kind.name(), owner, name, language)
                .update();
    }

    void moveConsents(UUID from, UUID to) {
        jdbc.sql("UPDATE case_consent SET person_id = ? WHERE person_id = ?")
                .params(to, from)
                .update();
    }

    /** Photos are sealed bound to their own id, not their person's: they move without re-sealing. */
    void movePhotos(UUID from, UUID to) {
        jdbc.sql("UPDATE case_photo SET person_id = ? WHERE person_id = ?")
                .params(to, from)
                .update();
    }

    void moveMergeRecords(UUID from, UUID to) {
        jdbc.sql("UPDATE case_person_merge SET kept_person_id = ? WHERE kept_person_id = ?")
                .params(to, from)
                .update();
    }

    void deletePerson(UUID person) {
        jdbc.sql("DELETE FROM case_person WHERE id = ?").param(person).update();
    }

    void insert(StoredMerge merge, UUID by) {
        jdbc.sql("""
                        INSERT INTO case_person_merge (id, kept_person_id, removed_person_id, kept_name, removed_name,
                                                       preserved, merged_by, merged_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        merge.id(),
                        merge.kept(),
                        merge.removed(),
                        merge.keptName(),
                        merge.removedName(),
                        merge.preserved(),
                        by,
                        Timestamp.from(merge.mergedAt()))
                .update();
    }

    /** The merges into persons who now have a role in the case, newest first. */
    List<StoredMerge> ofCase(UUID caseId) {
        return jdbc.sql("""
                        SELECT m.id, m.kept_person_id, m.removed_person_id, m.kept_name, m.removed_name, m.preserved,
                               u.display_name, m.merged_at
                        FROM case_person_merge m JOIN app_user u ON u.id = m.merged_by
                        WHERE m.kept_person_id IN (SELECT person_id FROM case_person_role WHERE case_id = ?)
                        ORDER BY m.merged_at DESC, m.id""")
                .param(caseId)
                .query((rs, n) -> new StoredMerge(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }
}
