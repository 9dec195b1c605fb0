package org.organizer.media;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Public pages show captions and credits, so cached pages go when a photo's texts change. */
@Component
class PublicPagesRefresh {

    private final PageCache pageCache;

    PublicPagesRefresh(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(PhotoTextChanged event) {
        pageCache.invalidateAll();
    }
}
