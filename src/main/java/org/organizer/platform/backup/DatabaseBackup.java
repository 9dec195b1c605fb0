package org.organizer.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the whole site into one zip: every table of one consistent snapshot (a single repeatable-read
 * transaction) and the uploaded files. Needs no {@code pg_dump}: the rows travel through {@code COPY}.
 */
final class DatabaseBackup {

    private final DataSource dataSource;
    private final Path filesDir;

    DatabaseBackup(DataSource dataSource, Path filesDir) {
        this.dataSource = dataSource;
        this.filesDir = filesDir;
    }

    BackupManifest writeTo(Path zip) {
        Path partial = zip.resolveSibling(zip.getFileName() + ".part");
        try {
            BackupManifest manifest;
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
                manifest = writeEntries(out);
            }
            // Only a complete backup ever carries the name asked for.
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException | SQLException e) {
            throw new BackupFailed("Backup failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private BackupManifest writeEntries(ZipOutputStream out) throws IOException, SQLException {
        List<BackupManifest.Table> tables = new ArrayList<>();
        String schemaVersion;
        List<BackupManifest.Sequence> sequences;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                schemaVersion = schemaVersion(connection);
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : PostgresSchema.tables(connection)) {
                    List<String> columns = PostgresSchema.columns(connection, table);
                    out.putNextEntry(new ZipEntry(BackupFormat.tableEntry(table)));
                    long rows = copy.copyOut(
                            "COPY " + PostgresSchema.quote(table) + " (" + PostgresSchema.columnList(columns)
                                    + ") TO STDOUT (FORMAT csv, HEADER true)",
                            out);
                    out.closeEntry();
                    tables.add(new BackupManifest.Table(table, columns, rows));
                }
                sequences = PostgresSchema.sequences(connection);
            } finally {
                connection.rollback();
            }
        }
        long files = writeFiles(out);
        BackupManifest manifest = new BackupManifest(
                BackupManifest.FORMAT_VERSION, Instant.now(), schemaVersion, tables, sequences, files);
        out.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
        out.write(BackupFormat.write(manifest));
        out.closeEntry();
        return manifest;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT version FROM flyway_schema_history
                        WHERE success AND version IS NOT NULL
                        ORDER BY installed_rank DESC LIMIT 1""")) {
            if (!row.next()) {
                throw new BackupFailed("Backup failed: the database has no successful migration yet", 1);
            }
            return row.getString(1);
        }
    }

    /** Copied after the database snapshot: a file uploaded meanwhile is kept, unreferenced, which is harmless. */
    private long writeFiles(ZipOutputStream out) throws IOException {
        if (!Files.isDirectory(filesDir)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(filesDir)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String relative = filesDir.relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            out.putNextEntry(new ZipEntry(BackupFormat.FILES + relative));
            Files.copy(file, (OutputStream) out);
            out.closeEntry();
        }
        return files.size();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left behind only when the disk itself fails; the name says what it is.
        }
    }
}
