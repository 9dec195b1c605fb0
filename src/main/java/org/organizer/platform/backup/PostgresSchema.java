package org.organizer.platform.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the backup reads from PostgreSQL's catalogue: the tables in scope, their columns, the sequences. */
final class PostgresSchema {

    /** Flyway's history is recreated by migrating; sessions are not worth keeping across a restore. */
    private static final String TABLES = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'
              AND c.relname <> 'flyway_schema_history' AND c.relname NOT LIKE 'spring\\_session%'
            ORDER BY c.relname""";

    /** Generated columns are computed again on restore and cannot be written. */
    private static final String COLUMNS = """
            SELECT a.attname FROM pg_attribute a
            WHERE a.attrelid = format('public.%I', ?::text)::regclass
              AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            ORDER BY a.attnum""";

    private static final String SEQUENCES = """
            SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename""";

    /** Sequences that belong to a column (serial or identity), with the column they number. */
    static final String OWNED_SEQUENCES = """
            SELECT s.relname, t.relname, a.attname, q.seqmin
            FROM pg_class s
            JOIN pg_namespace n ON n.oid = s.relnamespace
            JOIN pg_sequence q ON q.seqrelid = s.oid
            JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
                 AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
            JOIN pg_class t ON t.oid = d.refobjid
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
            WHERE s.relkind = 'S' AND n.nspname = 'public' AND q.seqincrement > 0""";

    private PostgresSchema() {}

    static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, TABLES, null);
    }

    static List<String> columns(Connection connection, String table) throws SQLException {
        return strings(connection, COLUMNS, table);
    }

    static List<BackupManifest.Sequence> sequences(Connection connection) throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SEQUENCES);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long last = rows.getLong(2);
                sequences.add(new BackupManifest.Sequence(rows.getString(1), rows.wasNull() ? null : last));
            }
        }
        return sequences;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(PostgresSchema::quote).toList());
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
