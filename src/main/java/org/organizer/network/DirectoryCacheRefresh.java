package org.organizer.network;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The directory and organisation pages are cached; a change drops them after the commit. */
@Component
class DirectoryCacheRefresh {

    private final PageCache pageCache;

    DirectoryCacheRefresh(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(OrganisationChanged event) {
        pageCache.invalidateAll();
    }
}
