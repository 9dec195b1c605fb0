package org.organizer.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_photo table; images arrive and leave sealed. */
@Repository
class CasePhotoRepository {

    record Stored(CasePhoto photo, String contentType, String sealed) {}

    private final JdbcClient jdbc;

    CasePhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CasePhoto photo, String contentType, String sealed, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_photo (id, person_id, visibility, content_type, width, height, sealed,
                                                uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        photo.id(),
                        photo.personId(),
                        photo.visibility().name(),
                        contentType,
                        photo.width(),
                        photo.height(),
                        sealed,
                        by,
                        Timestamp.from(at))
                .update();
    }

    List<CasePhoto> ofPersons(Collection<UUID> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, person_id, visibility, width, height FROM case_photo
                        WHERE person_id = ANY(:persons) ORDER BY uploaded_at, id""")
                .param("persons", persons.toArray(new UUID[0]))
                .query((rs, n) -> new CasePhoto(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        Visibility.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    Optional<Stored> byId(UUID id) {
        return jdbc.sql("""
                        SELECT id, person_id, visibility, width, height, content_type, sealed FROM case_photo
                        WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Stored(
                        new CasePhoto(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                Visibility.valueOf(rs.getString(3)),
                                rs.getInt(4),
                                rs.getInt(5)),
                        rs.getString(6),
                        rs.getString(7)))
                .optional();
    }

    void setVisibility(UUID id, Visibility visibility) {
        jdbc.sql("UPDATE case_photo SET visibility = ? WHERE id = ?")
                .params(visibility.name(), id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM case_photo WHERE id = ?").param(id).update();
    }
}
