package org.organizer.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private PostgreSQL whose files live in the data directory and survive restarts.
 *
 * <p>The zonky binaries are made for tests, so their defaults are hardened here: durable writes are turned
 * back on, connections need a generated password (scram), and a postmaster orphaned by a killed JVM is
 * stopped before the next start. When another Organizer process already runs the server (the web
 * application while an administrator uses the command line), this attaches to it instead.
 */
public final class EmbeddedPostgresServer implements DatabaseServer {

    static final String DATABASE = "organizer";
    private static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final @Nullable EmbeddedPostgres postgres;
    private final int port;
    private final String password;

    private EmbeddedPostgresServer(@Nullable EmbeddedPostgres postgres, int port, String password) {
        this.postgres = postgres;
        this.port = port;
        this.password = password;
    }

    public static EmbeddedPostgresServer startOrAttach(Path dataDir) {
        try {
            Path pgData = dataDir.resolve("postgres");
            Files.createDirectories(pgData);
            Path secret = dataDir.resolve("postgres.secret");
            Integer runningPort = portOfServerRunByAnotherProcess(pgData);
            if (runningPort != null) {
                log.info("Using the embedded PostgreSQL already running on port {} for {}", runningPort, pgData);
                return new EmbeddedPostgresServer(
                        null, runningPort, Files.readString(secret).strip());
            }
            stopOrphanedPostmaster(pgData);
            return start(pgData, secret);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static EmbeddedPostgresServer start(Path pgData, Path secret) throws IOException {
        boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
        String password =
                fresh ? writeNewSecret(secret) : Files.readString(secret).strip();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setConnectConfig("password", password)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Stopped by Spring after everything that uses it; a JVM hook of its own would race that.
                .setRegisterShutdownHook(false)
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, postgres.getPort(), password);
        if (fresh) {
            server.secureFreshCluster(pgData);
        }
        log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), pgData);
        return server;
    }

    /** initdb trusts every local connection; replace that by the generated password before anything else runs. */
    private void secureFreshCluster(Path pgData) throws IOException {
        try (Connection c = DriverManager.getConnection(url("postgres"), SUPERUSER, password);
                Statement s = c.createStatement()) {
            s.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
            Files.write(
                    pgData.resolve("pg_hba.conf"),
                    List.of(
                            "# Written by Organizer: every connection needs the generated password.",
                            "local all all scram-sha-256",
                            "host all all 127.0.0.1/32 scram-sha-256",
                            "host all all ::1/128 scram-sha-256"));
            s.execute("SELECT pg_reload_conf()");
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IOException("Could not secure the new embedded PostgreSQL", e);
        }
    }

    private static String writeNewSecret(Path secret) throws IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.deleteIfExists(secret);
        Files.createFile(secret, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secret, password, StandardCharsets.UTF_8);
        return password;
    }

    /** zonky holds a file lock while its JVM lives; a held lock means a live Organizer owns the server. */
    private static @Nullable Integer portOfServerRunByAnotherProcess(Path pgData) throws IOException {
        Path lockFile = pgData.resolve("epg-lock");
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(lockFile) || !Files.exists(pidFile)) {
            return null;
        }
        try (RandomAccessFile raf = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock lock = raf.getChannel().tryLock()) {
            if (lock != null) {
                return null;
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL in " + pgData + " is already used by this process");
        }
        List<String> lines = Files.readAllLines(pidFile);
        return Integer.parseInt(lines.get(3).strip());
    }

    /** After a kill -9 of the JVM the postmaster keeps running and would block the next start. */
    private static void stopOrphanedPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping PostgreSQL (pid {}) left running by an Organizer that did not shut down", pid);
                    p.destroy();
                    try {
                        p.onExit().get(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("The old PostgreSQL process " + pid + " did not stop", e);
                    }
                });
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public String jdbcUrl() {
        return url(DATABASE);
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.error("Could not stop the embedded PostgreSQL", e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[port " + port + "]";
    }
}
