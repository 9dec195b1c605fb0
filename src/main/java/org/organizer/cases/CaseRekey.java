package org.organizer.cases;

import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals every case-team value, merge record, photo and source document that is not sealed with the active key anew with it, in
 * batches of one transaction each. Values already on the active key are left alone, so running it again does
 * nothing; a value sealed with a key that is no longer listed stops it loudly (nothing of that batch written).
 */
@Component
class CaseRekey {

    /** How many sealed values were sealed anew, by table. */
    record Counts(long fields, long merges, long photos, long documents) {

        long total() {
            return fields + merges + photos + documents;
        }
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final TransactionTemplate transactions;

    CaseRekey(JdbcClient jdbc, FieldCipher cipher, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    /** How many sealed values are not on the active key yet. */
    long outstanding() {
        String active = active();
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM case_field WHERE sealed IS NOT NULL AND split_part(sealed, ':', 2) <> :k)
                             + (SELECT count(*) FROM case_person_merge WHERE split_part(kept_name, ':', 2) <> :k
                                    OR split_part(removed_name, ':', 2) <> :k OR split_part(preserved, ':', 2) <> :k)
                             + (SELECT count(*) FROM case_photo WHERE split_part(sealed, ':', 2) <> :k)
                             + (SELECT count(*) FROM case_source_document WHERE split_part(sealed, ':', 2) <> :k
                                    OR split_part(sealed_name, ':', 2) <> :k)""").param("k", active).query(Long.class).single();
    }

    Counts rekey(int batchSize, IntConsumer progress) {
        String active = active();
        long fields = 0;
        long merges = 0;
        long photos = 0;
        int done;
        do {
            done = inTransaction(() -> fields(active, batchSize));
            fields += done;
            progress.accept(done);
        } while (done > 0);
        do {
            done = inTransaction(() -> merges(active, batchSize));
            merges += done;
            progress.accept(done);
        } while (done > 0);
        do {
            done = inTransaction(() -> photos(active, batchSize));
            photos += done;
            progress.accept(done);
        } while (done > 0);
        long documents = 0;
        do {
            done = inTransaction(() -> documents(active, batchSize));
            documents += done;
            progress.accept(done);
        } while (done > 0);
        return new Counts(fields, merges, photos, documents);
    }

    private int fields(String active, int batchSize) {
        List<CaseRepository.StoredField> batch = jdbc.sql("""
                        SELECT owner_kind, owner_id, name, language, visibility, plain, sealed FROM case_field
                        WHERE sealed IS NOT NULL AND split_part(sealed, ':', 2) <> ?
                        ORDER BY owner_kind, owner_id, name, language LIMIT ? FOR UPDATE""")
                .params(active, batchSize)
                .query((rs, n) -> new CaseRepository.StoredField(
                        OwnerKind.valueOf(rs.getString(1)),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        Visibility.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        for (CaseRepository.StoredField f : batch) {
            String place = Cases.place(f);
            String resealed = cipher.seal(cipher.open(requireSealed(f.sealed()), place), place);
            jdbc.sql("""
                            UPDATE case_field SET sealed = ?
                            WHERE owner_kind = ? AND owner_id = ? AND name = ? AND language = ?""")
                    .params(resealed, f.ownerKind().name(), f.ownerId(), f.name(), f.language())
                    .update();
        }
        return batch.size();
    }

    private int merges(String active, int batchSize) {
        record Row(UUID id, String keptName, String removedName, String preserved) {}
        List<Row> batch = jdbc.sql("""
                        SELECT id, kept_name, removed_name, preserved FROM case_person_merge
                        WHERE split_part(kept_name, ':', 2) <> :k OR split_part(removed_name, ':', 2) <> :k
                           OR split_part(preserved, ':', 2) <> :k
                        ORDER BY id LIMIT :n FOR UPDATE""")
                .param("k", active)
                .param("n", batchSize)
                .query((rs, n) ->
                        new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        for (Row row : batch) {
            jdbc.sql("UPDATE case_person_merge SET kept_name = ?, removed_name = ?, preserved = ? WHERE id = ?")
                    .params(
                            reseal(row.keptName(), PersonMerges.place(row.id(), "keptName")),
                            reseal(row.removedName(), PersonMerges.place(row.id(), "removedName")),
                            reseal(row.preserved(), PersonMerges.place(row.id(), "preserved")),
                            row.id())
                    .update();
        }
        return batch.size();
    }

    private int photos(String active, int batchSize) {
        record Row(UUID id, String sealed) {}
        List<Row> batch = jdbc.sql("""
                        SELECT id, sealed FROM case_photo WHERE split_part(sealed, ':', 2) <> ?
                        ORDER BY id LIMIT ? FOR UPDATE""")
                .params(active, batchSize)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        for (Row row : batch) {
            jdbc.sql("UPDATE case_photo SET sealed = ? WHERE id = ?")
                    .params(reseal(row.sealed(), CasePhotos.place(row.id())), row.id())
                    .update();
        }
        return batch.size();
    }

    private int documents(String active, int batchSize) {
        record Row(UUID id, String name, String sealed) {}
        List<Row> batch = jdbc.sql("""
                        SELECT id, sealed_name, sealed FROM case_source_document
                        WHERE split_part(sealed, ':', 2) <> :k OR split_part(sealed_name, ':', 2) <> :k
                        ORDER BY id LIMIT :n FOR UPDATE""")
                .param("k", active)
                .param("n", batchSize)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
        for (Row row : batch) {
            jdbc.sql("UPDATE case_source_document SET sealed_name = ?, sealed = ? WHERE id = ?")
                    .params(
                            reseal(row.name(), CaseDocuments.namePlace(row.id())),
                            reseal(row.sealed(), CaseDocuments.place(row.id())),
                            row.id())
                    .update();
        }
        return batch.size();
    }

    private @org.jspecify.annotations.Nullable String reseal(
            @org.jspecify.annotations.Nullable String sealed, String place) {
        return sealed == null ? null : cipher.seal(cipher.open(sealed, place), place);
    }

    private static String requireSealed(@org.jspecify.annotations.Nullable String sealed) {
        if (sealed == null) {
            throw new IllegalStateException("a case-team value without its sealed text");
        }
        return sealed;
    }

    private int inTransaction(java.util.function.IntSupplier work) {
        Integer done = transactions.execute(status -> work.getAsInt());
        return done == null ? 0 : done;
    }

    private String active() {
        String active = cipher.activeKeyId();
        if (active == null) {
            throw new EncryptionNotConfigured();
        }
        return active;
    }
}
