package org.organizer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With ORGANIZER_DATABASE_URL set, Organizer uses that server and starts no PostgreSQL of its own. */
@SpringBootTest
class ExternalDatabaseTests {

    private static EmbeddedPostgresServer external;
    private static Path dataDir;

    @Autowired
    DatabaseServer server;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws Exception {
        // A separately started server stands in for a PostgreSQL run by someone else.
        external = EmbeddedPostgresServer.startOrAttach(Files.createTempDirectory("organizer-external-db"));
        dataDir = Files.createTempDirectory("organizer-data");
        registry.add("organizer.database.url", external::jdbcUrl);
        registry.add("organizer.database.username", external::username);
        registry.add("organizer.database.password", external::password);
        registry.add("organizer.data-dir", dataDir::toString);
    }

    @AfterAll
    static void stopExternal() {
        external.close();
    }

    @Test
    void migratesTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
        assertThat(server).isInstanceOf(DatabaseServer.External.class);
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT current_setting('port')")
                        .query(String.class)
                        .single())
                .isEqualTo(external.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }
}
