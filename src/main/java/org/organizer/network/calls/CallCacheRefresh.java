package org.organizer.network.calls;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Call pages are cached; a change to a call drops the cached pages once it is committed. */
@Component
class CallCacheRefresh {

    private final PageCache pageCache;

    CallCacheRefresh(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(CallsChanged event) {
        pageCache.invalidateAll();
    }
}
