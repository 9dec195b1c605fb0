package org.organizer.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.organizer.platform.EmbeddedPostgresServer;
import org.organizer.platform.PlatformProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;

@SpringBootTest
class BackupAndRestoreTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformProperties properties;

    @Autowired
    BackupCommand backupCommand;

    @Autowired
    RestoreCommand restoreCommand;

    @TempDir
    Path temp;

    private static final String PARENT = """
            CREATE TABLE backup_probe_parent (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name TEXT NOT NULL,
                tags TEXT[],
                photo BYTEA,
                note TEXT,
                doc JSONB,
                shout TEXT GENERATED ALWAYS AS (upper(name)) STORED)""";
    private static final String CHILD = """
            CREATE TABLE backup_probe_child (
                id SERIAL PRIMARY KEY,
                parent_id BIGINT NOT NULL REFERENCES backup_probe_parent DEFERRABLE,
                body TEXT)""";

    private final UUID userId = UUID.randomUUID();

    @BeforeEach
    void someContent() throws IOException {
        jdbc.sql(PARENT).update();
        jdbc.sql(CHILD).update();
        for (String name : List.of("comma, \"quote\"\nand newline", "", "العمال", "gone")) {
            jdbc.sql("INSERT INTO backup_probe_parent (name, tags, photo, note, doc) VALUES (?, ?, ?, ?, ?::jsonb)")
                    .params(
                            name,
                            new String[] {"a", null, "c,d"},
                            new byte[] {0, 1, (byte) 0xff},
                            name.isEmpty() ? null : "",
                            "{\"k\": [1, null]}")
                    .update();
        }
        jdbc.sql("DELETE FROM backup_probe_parent WHERE name = 'gone'").update(); // its id must never come back
        jdbc.sql(
                        "INSERT INTO backup_probe_child (parent_id, body) SELECT id, 'child of ' || id FROM backup_probe_parent")
                .update();
        jdbc.sql("INSERT INTO app_user (id, email, display_name, role) VALUES (?, 'ed@example.org', 'Ed', 'EDITOR')")
                .param(userId)
                .update();
        Files.createDirectories(properties.filesDir().resolve("photos"));
        Files.write(properties.filesDir().resolve("photos/a.jpg"), new byte[] {1, 2, 3});
        Files.writeString(properties.filesDir().resolve("notes.txt"), "hello");
    }

    @AfterEach
    void removeContent() throws IOException {
        jdbc.sql("DROP TABLE backup_probe_child, backup_probe_parent").update();
        jdbc.sql("DELETE FROM app_user WHERE id = ?").param(userId).update();
        FileSystemUtils.deleteRecursively(properties.filesDir());
    }

    @Test
    void restoreIntoAnEmptyDatabaseBringsBackEveryRowSequenceAndFile() throws Exception {
        Path zip = temp.resolve("organizer-backup.zip");
        StringWriter out = new StringWriter();
        int exit = run(backupCommand, out, "--file", zip.toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).startsWith("Backup written to").contains("schema version");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertThat(archive.getEntry("manifest.json")).isNotNull();
            assertThat(archive.getEntry("tables/backup_probe_parent.csv")).isNotNull();
            assertThat(archive.getEntry("files/photos/a.jpg")).isNotNull();
            assertThat(archive.getEntry("tables/flyway_schema_history.csv")).isNull();
            assertThat(archive.getEntry("tables/spring_session.csv")).isNull();
        }
        long lastParent = jdbc.sql("SELECT max(id) FROM backup_probe_parent")
                .query(Long.class)
                .single();

        Path otherDataDir = temp.resolve("other");
        try (EmbeddedPostgresServer other = EmbeddedPostgresServer.startOrAttach(otherDataDir)) {
            DriverManagerDataSource otherDatabase =
                    new DriverManagerDataSource(other.jdbcUrl(), other.username(), other.password());
            JdbcClient restored = JdbcClient.create(otherDatabase);
            BackupManifest manifest = new DatabaseRestore(otherDatabase, otherDataDir.resolve("files"))
                    .restoreFrom(zip, BackupAndRestoreTests::createProbeTables);

            // The child table loads before its parent: foreign keys are checked at commit.
            assertThat(manifest.tables())
                    .extracting(BackupManifest.Table::name)
                    .containsSubsequence("app_user", "backup_probe_child", "backup_probe_parent");
            for (BackupManifest.Table table : manifest.tables()) {
                String rows = "SELECT t::text FROM %s t ORDER BY 1".formatted(PostgresSchema.quote(table.name()));
                assertThat(restored.sql(rows).query(String.class).list())
                        .as(table.name())
                        .isEqualTo(jdbc.sql(rows).query(String.class).list());
            }
            assertThat(restored.sql("SELECT count(*) FROM backup_probe_parent")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
            assertThat(restored.sql("SELECT display_name FROM app_user WHERE id = ?")
                            .param(userId)
                            .query(String.class)
                            .single())
                    .isEqualTo("Ed");
            assertThat(restored.sql("SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")
                            .query(String.class)
                            .single())
                    .isEqualTo(manifest.schemaVersion());
            long next = restored.sql("INSERT INTO backup_probe_parent (name) VALUES ('new') RETURNING id")
                    .query(Long.class)
                    .single();
            assertThat(next).isEqualTo(lastParent + 2); // the deleted row's id is never handed out again
            assertThat(otherDataDir.resolve("files/photos/a.jpg")).hasBinaryContent(new byte[] {1, 2, 3});
            assertThat(otherDataDir.resolve("files/notes.txt")).hasContent("hello");
        }
    }

    /** No migration creates the test's own tables, so the restore gets them by hand after migrating. */
    private static void createProbeTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(PARENT);
            statement.execute(CHILD);
        }
    }

    @Test
    void restoreRefusesADatabaseThatAlreadyHoldsASite() throws Exception {
        Path zip = temp.resolve("backup.zip");
        assertThat(run(backupCommand, new StringWriter(), "--file", zip.toString()))
                .isZero();

        StringWriter err = new StringWriter();
        int exit = run(restoreCommand, err, "--file", zip.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("Restore refused: the database already has tables");
    }

    @Test
    void restoreRejectsEntriesThatPointOutsideTheFilesDirectory() throws Exception {
        Path zip = temp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "manifest.json", """
                    {"formatVersion": 1, "createdAt": "2026-11-25T10:00:00Z", "schemaVersion": "1",
                     "tables": [], "sequences": [], "files": 1}""");
            entry(out, "files/../../evil.txt", "owned");
        }
        StringWriter err = new StringWriter();

        assertThat(run(restoreCommand, err, "--file", zip.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("outside the files directory");
        assertThat(temp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void restoreRejectsFilesThatAreNotBackupsOfThisFormat() throws Exception {
        Path noManifest = temp.resolve("no-manifest.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(noManifest))) {
            entry(out, "tables/app_user.csv", "id\n");
        }
        Path future = temp.resolve("future.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(future))) {
            entry(out, "manifest.json", "{\"formatVersion\": 99}");
        }
        Path notAZip = Files.writeString(temp.resolve("notes.zip"), "not a zip");

        for (var c : List.of(
                new Object[] {noManifest, "no manifest.json"},
                new Object[] {future, "format version 99"},
                new Object[] {notAZip, "is not a zip file"})) {
            StringWriter err = new StringWriter();
            assertThat(run(restoreCommand, err, "--file", c[0].toString())).isEqualTo(2);
            assertThat(err.toString())
                    .startsWith("Not a valid Organizer backup")
                    .contains((String) c[1]);
        }
    }

    private static int run(Object command, StringWriter output, String... args) {
        PrintWriter writer = new PrintWriter(output, true);
        return new CommandLine(command).setOut(writer).setErr(writer).execute(args);
    }

    private static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
