package org.organizer.cases.campaigns;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Campaign pages and the hearings feed are cached; a change drops them right after the commit. */
@Component
class CampaignPagesCacheRefresh {

    private final PageCache pageCache;

    CampaignPagesCacheRefresh(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(CampaignChanged event) {
        pageCache.invalidateAll();
    }
}
