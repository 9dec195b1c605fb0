package org.organizer.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The index is a derived store: when the server starts with an empty or outdated index (first start, its
 * directory was deleted, or an upgrade changed its layout) but published articles exist, it rebuilds the
 * index in the background. Search answers with what is indexed so far; the site is fully usable meanwhile.
 * Commands never do this.
 */
@Component
@ConditionalOnWebApplication
class RebuildOnStart {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);

    private final IndexRebuild rebuild;
    private final SearchProperties properties;

    RebuildOnStart(IndexRebuild rebuild, SearchProperties properties) {
        this.rebuild = rebuild;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (properties.rebuildWhenEmpty()) {
            Thread.ofVirtual().name("search-index-rebuild").start(this::rebuildIfEmpty);
        }
    }

    private void rebuildIfEmpty() {
        try {
            if (rebuild.rebuildIfEmpty()) {
                log.info("The search index was empty or of an older layout and has been rebuilt from the database");
            }
        } catch (RuntimeException e) {
            log.error("Could not rebuild the empty search index; run 'search rebuild' with the server stopped", e);
        }
    }
}
