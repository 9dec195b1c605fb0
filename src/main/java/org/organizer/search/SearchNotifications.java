package org.organizer.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.organizer.platform.NodeNotifications;
import org.organizer.press.ArticleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Several nodes on one database each keep their own index. A node that changed its index because of a
 * newsroom event tells the others which articles changed ({@code NOTIFY organizer_search_index}, payload
 * {@code "<node> <article id> …"}); they read those articles again and update their own index. Only
 * served nodes listen; commands do not.
 */
@Component
class SearchNotifications implements SmartLifecycle {

    static final String CHANNEL = "organizer_search_index";
    private static final Logger log = LoggerFactory.getLogger(SearchNotifications.class);

    private final NodeNotifications notifications;

    SearchNotifications(DataSource dataSource, ApplicationContext context) {
        this.notifications = new NodeNotifications(dataSource, CHANNEL, context instanceof WebApplicationContext);
    }

    /** {@code sync} is called on the listening thread with the articles other nodes changed. */
    void onChangesElsewhere(Consumer<Set<ArticleId>> sync) {
        notifications.receiveWith(messages -> {
            Set<ArticleId> ids = ids(messages);
            if (ids.isEmpty()) {
                return;
            }
            try {
                sync.accept(ids);
            } catch (RuntimeException e) {
                log.warn("Could not update articles {} in the search index after another node's change", ids, e);
            }
        });
    }

    void tellOtherNodes(ArticleId id) {
        notifications.tellOtherNodes(id.toString());
    }

    /** Ids in the messages, each once; anything else in them is ignored. */
    static Set<ArticleId> ids(Collection<String> messages) {
        return messages.stream()
                .flatMap(message -> List.of(message.split(" ")).stream())
                .map(SearchNotifications::id)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Optional<ArticleId> id(String text) {
        try {
            return Optional.of(new ArticleId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
