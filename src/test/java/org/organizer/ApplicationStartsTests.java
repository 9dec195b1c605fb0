package org.organizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheEmbeddedDatabaseWithDurableWritesAndPasswordAuthentication() {
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single())
                .isEqualTo("on");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
