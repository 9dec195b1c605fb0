package org.organizer.media;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.organizer.accounts.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The photo, photo_rendition and photo_text tables. */
@Repository
class PhotoRepository {

    private final JdbcClient jdbc;

    PhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PhotoId id, UserId uploadedBy, Instant at, PhotoFormat format, List<Photo.Rendition> renditions) {
        jdbc.sql("INSERT INTO photo (id, uploaded_by, uploaded_at, format) VALUES (?, ?, ?, ?)")
                .params(id.value(), uploadedBy.value(), Timestamp.from(at), format.name())
                .update();
        for (Photo.Rendition r : renditions) {
            jdbc.sql("INSERT INTO photo_rendition (photo_id, width, height, bytes) VALUES (?, ?, ?, ?)")
                    .params(id.value(), r.width(), r.height(), r.bytes())
                    .update();
        }
    }

    void saveText(PhotoId id, PhotoText text) {
        jdbc.sql("""
                        INSERT INTO photo_text (photo_id, language, alt, caption, credit) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (photo_id, language)
                        DO UPDATE SET alt = excluded.alt, caption = excluded.caption, credit = excluded.credit""")
                .params(id.value(), text.language(), text.alt(), text.caption(), text.credit())
                .update();
    }

    void deleteText(PhotoId id, String language) {
        jdbc.sql("DELETE FROM photo_text WHERE photo_id = ? AND language = ?")
                .params(id.value(), language)
                .update();
    }

    /** Locks the photo's row until the transaction ends, so two edits of its texts cannot interleave. */
    Optional<Photo> lock(PhotoId id) {
        return jdbc.sql("SELECT id FROM photo WHERE id = ? FOR UPDATE")
                .param(id.value())
                .query(UUID.class)
                .optional()
                .flatMap(found -> byId(id));
    }

    Optional<Photo> byId(PhotoId id) {
        return photos("WHERE p.id = ?", List.of(id.value())).stream().findFirst();
    }

    List<Photo> latest(int limit) {
        return photos("ORDER BY p.uploaded_at DESC LIMIT ?", List.of(limit));
    }

    private List<Photo> photos(String condition, List<Object> params) {
        record Row(UUID id, UUID uploadedBy, Instant uploadedAt, PhotoFormat format) {}
        List<Row> rows = jdbc.sql("SELECT p.id, p.uploaded_by, p.uploaded_at, p.format FROM photo p " + condition)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("uploaded_by", UUID.class),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        PhotoFormat.valueOf(rs.getString("format"))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, List<Photo.Rendition>> renditions = new HashMap<>();
        jdbc.sql("SELECT photo_id, width, height, bytes FROM photo_rendition WHERE photo_id = ANY (?)")
                .param(ids)
                .query(rs -> {
                    renditions
                            .computeIfAbsent(rs.getObject("photo_id", UUID.class), k -> new ArrayList<>())
                            .add(new Photo.Rendition(rs.getInt("width"), rs.getInt("height"), rs.getLong("bytes")));
                });
        Map<UUID, Map<String, PhotoText>> texts = new HashMap<>();
        jdbc.sql("SELECT photo_id, language, alt, caption, credit FROM photo_text WHERE photo_id = ANY (?)")
                .param(ids)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getObject("photo_id", UUID.class), k -> new LinkedHashMap<>())
                            .put(
                                    rs.getString("language"),
                                    new PhotoText(
                                            rs.getString("language"),
                                            rs.getString("alt"),
                                            rs.getString("caption"),
                                            rs.getString("credit")));
                });
        return rows.stream()
                .map(r -> new Photo(
                        new PhotoId(r.id()),
                        new UserId(r.uploadedBy()),
                        r.uploadedAt(),
                        r.format(),
                        renditions.getOrDefault(r.id(), List.of()),
                        texts.getOrDefault(r.id(), Map.of())))
                .toList();
    }
}
