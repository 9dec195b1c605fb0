package org.organizer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A JVM killed with kill -9 leaves its postmaster running; the next start must recover, data intact. */
class EmbeddedPostgresRecoveryTests {

    @Test
    void startsAgainAfterTheOwningJvmWasKilledAndKeepsTheData() throws Exception {
        Path dataDir = Files.createTempDirectory("organizer-recovery");
        Process owner = startOwningProcess(dataDir);
        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .getFirst()
                .strip());
        assertThat(ProcessHandle.of(orphan)).as("postmaster left behind").isPresent();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dataDir);
                Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                ResultSet rs = c.createStatement().executeQuery("SELECT note FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before kill -9");
            assertThat(ProcessHandle.of(orphan))
                    .as("orphaned postmaster stopped")
                    .isEmpty();
        }
    }

    @Test
    void aCommandAttachesToTheServerOfARunningOrganizer() throws Exception {
        Path dataDir = Files.createTempDirectory("organizer-attach");
        Process owner = startOwningProcess(dataDir);
        try (EmbeddedPostgresServer attached = EmbeddedPostgresServer.startOrAttach(dataDir);
                Connection c =
                        DriverManager.getConnection(attached.jdbcUrl(), attached.username(), attached.password());
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        } finally {
            owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            EmbeddedPostgresServer.startOrAttach(dataDir).close();
        }
    }

    private static Process startOwningProcess(Path dataDir) throws Exception {
        Process owner = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OwningProcess.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            // start-up output of the other JVM
        }
        assertThat(line).as("the other JVM started its server").isEqualTo("ready");
        return owner;
    }

    /** Runs in its own JVM: starts the embedded server, writes a row, and waits to be killed. */
    public static final class OwningProcess {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(Path.of(args[0]));
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
                c.createStatement().execute("CREATE TABLE survivor (note text)");
                c.createStatement().execute("INSERT INTO survivor VALUES ('written before kill -9')");
            }
            System.out.println("ready");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
