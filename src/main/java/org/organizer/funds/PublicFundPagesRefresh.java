package org.organizer.funds;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The public fund pages, exports, feed and API are cached; a change drops the cache after the commit. */
@Component
class PublicFundPagesRefresh {

    private final PageCache pageCache;

    PublicFundPagesRefresh(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(FundChanged event) {
        pageCache.invalidateAll();
    }
}
