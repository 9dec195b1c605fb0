package org.organizer.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rule of docs/decisions/0001-foreign-keys-deferrable.md, checked against the migrated schema. */
@SpringBootTest
class ForeignKeysAreDeferrableTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyForeignKeyIsDeferrableSoARestoreCanLoadTablesInAnyOrder() {
        var notDeferrable = jdbc.sql("""
                        SELECT conrelid::regclass || ' ' || conname FROM pg_constraint
                        WHERE contype = 'f' AND NOT condeferrable AND connamespace = 'public'::regnamespace
                        ORDER BY 1""").query(String.class).list();

        assertThat(notDeferrable)
                .as("foreign keys must be declared DEFERRABLE (see docs/decisions/0001-foreign-keys-deferrable.md)")
                .isEmpty();
    }
}
