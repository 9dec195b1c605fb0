package org.organizer.web.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the page caches of several nodes in step through PostgreSQL {@code NOTIFY}: a node that clears its
 * cache notifies the channel, and every node listens on one dedicated connection and clears its own.
 */
final class PageCacheNotifications implements SmartLifecycle {

    static final String CHANNEL = "organizer_page_cache";
    /** How long a wait for notifications lasts; also how long stopping may take. It costs no round trip. */
    private static final Duration POLL = Duration.ofSeconds(1);

    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(PageCacheNotifications.class);

    /** Sent with each notification, so a node does not clear its cache a second time on its own message. */
    private final String node = UUID.randomUUID().toString();

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final boolean listen;
    private @Nullable Runnable onNotification;
    private volatile boolean running;
    private volatile @Nullable Thread listener;

    /** @param listen false where nothing is served (command line), so no connection is held for nothing */
    PageCacheNotifications(DataSource dataSource, boolean listen) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.listen = listen;
    }

    void onNotification(Runnable action) {
        this.onNotification = action;
    }

    /** Inside a transaction the notification goes out when it commits, as PostgreSQL defines NOTIFY. */
    void tellOtherNodes() {
        try {
            jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, node).query().singleRow();
        } catch (DataAccessException e) {
            log.warn("Could not tell other nodes to clear their page cache: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        if (!listen || onNotification == null) {
            return;
        }
        running = true;
        listener = Thread.ofVirtual().name("page-cache-listener").start(this::listen);
    }

    @Override
    public void stop() {
        // Not interrupting: that would close the pooled connection's socket under the pool's feet.
        running = false;
        Thread thread = listener;
        if (thread != null) {
            try {
                thread.join(POLL.multipliedBy(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // Whatever was notified while this node was not listening is lost: start from an empty cache.
                clear();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
                    if (notifications != null && Arrays.stream(notifications).anyMatch(this::fromAnotherNode)) {
                        clear();
                    }
                }
                // The connection goes back to the pool: it must not keep collecting notifications there.
                statement.execute("UNLISTEN *");
            } catch (SQLException e) {
                if (running) {
                    log.warn("Page cache listener lost its connection ({}); retrying in {}", e.getMessage(), RETRY);
                    pause();
                }
            }
        }
    }

    private boolean fromAnotherNode(PGNotification notification) {
        return !node.equals(notification.getParameter());
    }

    private void clear() {
        Runnable action = onNotification;
        if (action != null) {
            action.run();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            running = false;
        }
    }
}
