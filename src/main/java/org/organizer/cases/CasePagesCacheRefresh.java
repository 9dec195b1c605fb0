package org.organizer.cases;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Public case pages are cached; a change (a withdrawn consent above all) drops them right after the commit. */
@Component
class CasePagesCacheRefresh {

    private final PageCache pageCache;

    CasePagesCacheRefresh(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(CaseChanged event) {
        pageCache.invalidateAll();
    }
}
