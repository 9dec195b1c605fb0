package org.organizer.network.endorsements;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Call pages show endorsements, and so do articles embedding {@code [[endorsers:…]]}; a change (an endorsement
 * published, by confirmation or approval, or withdrawn: see {@link EndorsementsChanged}) drops the cached pages
 * once it is committed. The whole cache rather than the pages that show the call: knowing which articles embed
 * which call would mean parsing every published body or keeping an index of embeds in press, while
 * endorsements change a few times an hour at most and a dropped page costs one rendering; the press module
 * drops the whole cache on every article change for the same reason.
 */
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
