package org.organizer.network.endorsements;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Call pages show endorsements; a change drops the cached pages once it is committed. */
@Component
class EndorsementCacheRefresh {

    private final PageCache pageCache;

    EndorsementCacheRefresh(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(EndorsementsChanged event) {
        pageCache.invalidateAll();
    }
}
