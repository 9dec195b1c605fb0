package org.organizer.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_source_document table; names and contents arrive and leave sealed. */
@Repository
class CaseDocumentRepository {

    /** A stored document: its place in a case and what is sealed. */
    record Row(
            UUID id,
            UUID sourceId,
            UUID caseId,
            Visibility visibility,
            String contentType,
            long size,
            String sealedName) {}

    private static final String COLUMNS = """
            d.id, d.source_id, s.case_id, d.visibility, d.content_type, d.size_bytes, d.sealed_name
            FROM case_source_document d JOIN case_source s ON s.id = d.source_id""";

    private final JdbcClient jdbc;

    CaseDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row, String sealed, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO case_source_document (id, source_id, visibility, content_type, size_bytes,
                                                          sealed_name, sealed, uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        row.id(),
                        row.sourceId(),
                        row.visibility().name(),
                        row.contentType(),
                        row.size(),
                        row.sealedName(),
                        sealed,
                        by,
                        Timestamp.from(at))
                .update();
    }

    List<Row> ofCase(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE s.case_id = ? ORDER BY d.uploaded_at, d.id")
                .param(caseId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The document if it belongs to the case. */
    Optional<Row> inCase(UUID caseId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE s.case_id = ? AND d.id = ?")
                .params(caseId, id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    String sealedContent(UUID id) {
        return jdbc.sql("SELECT sealed FROM case_source_document WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    void setVisibility(UUID id, Visibility visibility) {
        jdbc.sql("UPDATE case_source_document SET visibility = ? WHERE id = ?")
                .params(visibility.name(), id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM case_source_document WHERE id = ?").param(id).update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                Visibility.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7));
    }
}
