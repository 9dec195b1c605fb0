package org.organizer.cases.memorials;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Memorial pages are cached like case pages; a change of a memorial drops them after the commit. Changes of
 * cases (a withdrawn consent above all) already drop every page through {@code CasePagesCacheRefresh}.
 */
@Component
class MemorialPagesCacheRefresh {

    private final PageCache pageCache;

    MemorialPagesCacheRefresh(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(MemorialChanged event) {
        pageCache.invalidateAll();
    }
}
