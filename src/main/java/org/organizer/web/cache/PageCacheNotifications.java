package org.organizer.web.cache;

import java.util.List;
import javax.sql.DataSource;
import org.organizer.platform.NodeNotifications;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the page caches of several nodes in step through PostgreSQL {@code NOTIFY}: a node that clears its
 * cache notifies the channel, and every node listens on one dedicated connection and clears its own.
 */
final class PageCacheNotifications implements SmartLifecycle {

    static final String CHANNEL = "organizer_page_cache";

    private final NodeNotifications notifications;

    /** @param listen false where nothing is served (command line), so no connection is held for nothing */
    PageCacheNotifications(DataSource dataSource, boolean listen) {
        this.notifications = new NodeNotifications(dataSource, CHANNEL, listen);
    }

    void onNotification(Runnable action) {
        notifications.receiveWith(new NodeNotifications.Receiver() {
            @Override
            public void listening() {
                // Whatever was notified while this node was not listening is lost: start from an empty cache.
                action.run();
            }

            @Override
            public void received(List<String> messages) {
                action.run();
            }
        });
    }

    /** Inside a transaction the notification goes out when it commits, as PostgreSQL defines NOTIFY. */
    void tellOtherNodes() {
        notifications.tellOtherNodes("");
    }

    @Override
    public void start() {
        notifications.start();
    }

    @Override
    public void stop() {
        notifications.stop();
    }

    @Override
    public boolean isRunning() {
        return notifications.isRunning();
    }
}
