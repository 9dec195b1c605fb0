package org.organizer.platform.backup;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a backup holds, written as {@code manifest.json} next to the data.
 *
 * @param schemaVersion the Flyway version of the last migration applied when the backup was taken; a restore
 *     migrates the empty database to exactly this version before loading the rows
 * @param sequences the sequences' last values, so that a restore never hands out an id twice
 */
record BackupManifest(
        int formatVersion,
        Instant createdAt,
        String schemaVersion,
        List<Table> tables,
        List<Sequence> sequences,
        long files) {

    static final int FORMAT_VERSION = 1;

    record Table(String name, List<String> columns, long rows) {}

    record Sequence(String name, @Nullable Long lastValue) {}

    long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
