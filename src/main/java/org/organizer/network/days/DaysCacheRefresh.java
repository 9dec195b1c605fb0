package org.organizer.network.days;

import org.organizer.network.DayOfActionChanged;
import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Day pages are cached; a change of a day or its public actions drops them after the commit. */
@Component
class DaysCacheRefresh {

    private final PageCache pageCache;

    DaysCacheRefresh(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(DayOfActionChanged event) {
        pageCache.invalidateAll();
    }
}
