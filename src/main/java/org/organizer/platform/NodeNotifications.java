package org.organizer.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
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
 * Messages between the nodes that share one database, through PostgreSQL {@code NOTIFY} on one channel. A
 * message travels as {@code "<node id> <text>"}; each node listens on one dedicated connection, on a virtual
 * thread, and hands on only what other nodes sent. Register it as a bean so that it starts and stops with
 * the application.
 */
public final class NodeNotifications implements SmartLifecycle {

    /** Told what other nodes sent, on the listening thread. */
    public interface Receiver {

        /** The node (re)starts listening: whatever was sent while it was not listening is lost. */
        default void listening() {}

        /** The texts other nodes sent since the last call, in order; never empty. */
        void received(List<String> messages);
    }

    /** How long a wait for notifications lasts; also how long stopping may take. It costs no round trip. */
    private static final Duration POLL = Duration.ofSeconds(1);

    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Logger log = LoggerFactory.getLogger(NodeNotifications.class);

    private final String node = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String channel;
    private final boolean listen;
    private @Nullable Receiver receiver;
    private volatile boolean running;
    private volatile @Nullable Thread listener;

    /**
     * @param channel a lower-case SQL identifier, e.g. {@code organizer_page_cache}
     * @param listen false where nothing is served (command line), so no connection is held for nothing
     */
    public NodeNotifications(DataSource dataSource, String channel, boolean listen) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.channel = channel;
        this.listen = listen;
    }

    /** Set before the application starts; without a receiver the node does not listen. */
    public void receiveWith(Receiver receiver) {
        this.receiver = receiver;
    }

    public String channel() {
        return channel;
    }

    /**
     * Sends {@code message} (at most about 7,900 bytes) to the other nodes. Inside a transaction it goes out
     * when the transaction commits, as PostgreSQL defines {@code NOTIFY}. Returns false, after a warning in
     * the log, when the database could not be told.
     */
    public boolean tellOtherNodes(String message) {
        try {
            String payload = message.isEmpty() ? node : node + " " + message;
            jdbc.sql("SELECT pg_notify(?, ?)").params(channel, payload).query().singleRow();
            return true;
        } catch (DataAccessException e) {
            log.warn("Could not notify other nodes on {}: {}", channel, e.getMessage());
            return false;
        }
    }

    @Override
    public void start() {
        if (!listen || receiver == null) {
            return;
        }
        running = true;
        listener = Thread.ofVirtual().name(channel + "-listener").start(this::listen);
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
                statement.execute("LISTEN " + channel);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                deliver(Receiver::listening);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
                    List<String> messages = fromOtherNodes(notifications);
                    if (!messages.isEmpty()) {
                        deliver(r -> r.received(messages));
                    }
                }
                // The connection goes back to the pool: it must not keep collecting notifications there.
                statement.execute("UNLISTEN *");
            } catch (SQLException e) {
                if (running) {
                    log.warn("Listener on {} lost its connection ({}); retrying in {}", channel, e.getMessage(), RETRY);
                    pause();
                }
            }
        }
    }

    private List<String> fromOtherNodes(PGNotification @Nullable [] notifications) {
        List<String> messages = new ArrayList<>();
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                String payload = notification.getParameter();
                int space = payload.indexOf(' ');
                String sender = space < 0 ? payload : payload.substring(0, space);
                if (!node.equals(sender)) {
                    messages.add(space < 0 ? "" : payload.substring(space + 1));
                }
            }
        }
        return messages;
    }

    /** A failing receiver is logged; the node keeps listening. */
    private void deliver(Consumer<Receiver> call) {
        Receiver current = receiver;
        if (current == null) {
            return;
        }
        try {
            call.accept(current);
        } catch (RuntimeException e) {
            log.warn("Could not handle a notification on {}", channel, e);
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
