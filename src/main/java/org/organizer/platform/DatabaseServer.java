package org.organizer.platform;

/** The PostgreSQL server Organizer talks to: its own embedded one or an external one. */
public sealed interface DatabaseServer extends AutoCloseable permits EmbeddedPostgresServer, DatabaseServer.External {

    String jdbcUrl();

    String username();

    String password();

    @Override
    void close();

    record External(String jdbcUrl, String username, String password) implements DatabaseServer {
        @Override
        public void close() {}

        @Override
        public String toString() {
            return "External[" + jdbcUrl + "]";
        }
    }
}
