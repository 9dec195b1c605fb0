package org.organizer.funds;

import org.organizer.network.CallPublished;
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

    /** New rates change converted totals, or fill a rate the pages named as missing. */
    @TransactionalEventListener
    void on(ExchangeRatesChanged event) {
        pageCache.invalidateAll();
    }

    /** A fund's page links to its call once public, with the call's title. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CallPublished event) {
        pageCache.invalidateAll();
    }
}
