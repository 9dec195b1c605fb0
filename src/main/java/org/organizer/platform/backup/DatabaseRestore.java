package org.organizer.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Brings a backup back into an empty database and files directory: migrates the schema to the backup's
 * version, loads every table in one transaction with foreign keys checked at commit, sets the sequences
 * past the restored ids, then unpacks the files.
 */
final class DatabaseRestore {

    static final String MIGRATIONS = "classpath:db/migration";

    private final DataSource dataSource;
    private final Path filesDir;

    DatabaseRestore(DataSource dataSource, Path filesDir) {
        this.dataSource = dataSource;
        this.filesDir = filesDir;
    }

    /** Runs between the migrations and loading the rows; tests create tables there that no migration has. */
    @FunctionalInterface
    interface SchemaStep {
        void apply(Connection connection) throws SQLException;
    }

    BackupManifest restoreFrom(Path zip) {
        return restoreFrom(zip, connection -> {});
    }

    BackupManifest restoreFrom(Path zip, SchemaStep afterMigration) {
        try (ZipFile archive = open(zip)) {
            BackupManifest manifest = validate(archive);
            refuseUnlessEmpty();
            migrateTo(manifest.schemaVersion());
            loadTables(archive, manifest, afterMigration);
            restoreFiles(archive);
            return manifest;
        } catch (IOException e) {
            throw new BackupFailed("Restore failed: " + e.getMessage(), e);
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new InvalidBackup(zip + " does not exist");
        } catch (ZipException e) {
            throw new InvalidBackup(zip + " is not a zip file");
        }
    }

    /** Checks every entry before anything is written, so a bad file changes nothing. */
    private static BackupManifest validate(ZipFile archive) throws IOException {
        ZipEntry manifestEntry = archive.getEntry(BackupFormat.MANIFEST);
        if (manifestEntry == null) {
            throw new InvalidBackup("it has no " + BackupFormat.MANIFEST);
        }
        BackupManifest manifest;
        try (InputStream in = archive.getInputStream(manifestEntry)) {
            manifest = BackupFormat.read(in.readAllBytes());
        }
        List<String> expected = new ArrayList<>();
        for (BackupManifest.Table table : manifest.tables()) {
            expected.add(BackupFormat.tableEntry(table.name()));
        }
        for (ZipEntry entry : Collections.list(archive.entries())) {
            String name = entry.getName();
            if (name.startsWith(BackupFormat.FILES)) {
                String unslashed = entry.isDirectory() ? name.substring(0, name.length() - 1) : name;
                if (!name.equals(BackupFormat.FILES) && BackupFormat.safeFilePath(unslashed) == null) {
                    throw new InvalidBackup("the entry \"" + name + "\" points outside the files directory");
                }
            } else if (!name.equals(BackupFormat.MANIFEST) && !expected.contains(name)) {
                throw new InvalidBackup("it contains \"" + name + "\", which its manifest does not list");
            }
        }
        for (String name : expected) {
            if (archive.getEntry(name) == null) {
                throw new InvalidBackup("the table data \"" + name + "\" listed in its manifest is missing");
            }
        }
        return manifest;
    }

    private void refuseUnlessEmpty() throws IOException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("""
                        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')""")) {
            tables.next();
            if (tables.getLong(1) > 0) {
                throw new RestoreRefused("the database already has tables. Restore into a new, empty data directory"
                        + " (ORGANIZER_DATA_DIR) or an empty database (ORGANIZER_DATABASE_URL).");
            }
        } catch (SQLException e) {
            throw new BackupFailed("Restore failed: cannot inspect the database: " + e.getMessage(), e);
        }
        if (Files.isDirectory(filesDir)) {
            try (var entries = Files.list(filesDir)) {
                if (entries.findAny().isPresent()) {
                    throw new RestoreRefused("the files directory " + filesDir + " is not empty.");
                }
            }
        }
    }

    private void migrateTo(String version) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .target(version)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new BackupFailed(
                    "Restore failed: cannot create the schema at version " + version + ": " + e.getMessage(), e);
        }
    }

    private void loadTables(ZipFile archive, BackupManifest manifest, SchemaStep afterMigration) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            afterMigration.apply(connection);
            try (Statement statement = connection.createStatement()) {
                // Every foreign key is DEFERRABLE (docs/decisions/0001), so tables load in any order.
                statement.execute("SET CONSTRAINTS ALL DEFERRED");
                if (!manifest.tables().isEmpty()) {
                    // Rows a migration inserted are in the backup too, as they were when it was taken.
                    statement.execute("TRUNCATE "
                            + String.join(
                                    ", ",
                                    manifest.tables().stream()
                                            .map(t -> PostgresSchema.quote(t.name()))
                                            .toList()));
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (BackupManifest.Table table : manifest.tables()) {
                try (InputStream in = archive.getInputStream(archive.getEntry(BackupFormat.tableEntry(table.name())))) {
                    long rows = copy.copyIn(
                            "COPY " + PostgresSchema.quote(table.name()) + " ("
                                    + PostgresSchema.columnList(table.columns())
                                    + ") FROM STDIN (FORMAT csv, HEADER MATCH)",
                            in);
                    if (rows != table.rows()) {
                        throw new InvalidBackup(
                                "table " + table.name() + " has " + rows + " rows, its manifest says " + table.rows());
                    }
                }
            }
            resetSequences(connection, manifest.sequences());
            connection.commit();
        } catch (SQLException e) {
            throw new BackupFailed(
                    "Restore failed while loading the data (the schema was created; start again with an empty"
                            + " database): " + e.getMessage(),
                    e);
        }
    }

    /** Past both the highest restored id and the value the sequence had reached, whichever is further. */
    private static void resetSequences(Connection connection, List<BackupManifest.Sequence> saved) throws SQLException {
        Map<String, Long> lastValues = new LinkedHashMap<>();
        saved.forEach(s -> lastValues.put(s.name(), s.lastValue()));
        Map<String, String> highestUsed = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(PostgresSchema.OWNED_SEQUENCES)) {
            while (rows.next()) {
                String sequence = rows.getString(1);
                highestUsed.put(
                        sequence,
                        "(SELECT max(" + PostgresSchema.quote(rows.getString(3)) + ") FROM "
                                + PostgresSchema.quote(rows.getString(2)) + ")");
                lastValues.putIfAbsent(sequence, null);
            }
        }
        for (Map.Entry<String, Long> sequence : lastValues.entrySet()) {
            String sql = """
                    SELECT setval(q.seqrelid, greatest(%s + 1, ?::bigint + 1, q.seqmin), false)
                    FROM pg_sequence q WHERE q.seqrelid = format('public.%%I', ?::text)::regclass""".formatted(highestUsed.getOrDefault(sequence.getKey(), "NULL"));
            try (PreparedStatement setval = connection.prepareStatement(sql)) {
                setval.setObject(1, sequence.getValue(), Types.BIGINT);
                setval.setString(2, sequence.getKey());
                setval.executeQuery().close();
            }
        }
    }

    private int restoreFiles(ZipFile archive) throws IOException {
        int count = 0;
        for (ZipEntry entry : Collections.list(archive.entries())) {
            if (!entry.getName().startsWith(BackupFormat.FILES) || entry.isDirectory()) {
                continue;
            }
            Path target =
                    filesDir.resolve(BackupFormat.safeFilePath(entry.getName())).normalize();
            if (!target.startsWith(filesDir.normalize())) {
                throw new InvalidBackup("the entry \"" + entry.getName() + "\" points outside the files directory");
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = archive.getInputStream(entry)) {
                Files.copy(in, target);
            }
            count++;
        }
        return count;
    }
}
