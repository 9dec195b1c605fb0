package org.organizer.press;

import org.organizer.web.PageCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Cached public pages go stale when what readers can see changes: front pages, country pages, the
 * article's translations and the editions carrying it all list it, so the whole cache is dropped. Runs after the commit, so the next
 * request renders from the committed state.
 */
@Component
class PublicPagesInvalidation {

    private final PageCache pageCache;

    PublicPagesInvalidation(PageCache pageCache) {
        this.pageCache = pageCache;
    }

    @TransactionalEventListener
    void on(ArticlePublished event) {
        pageCache.invalidateAll();
    }

    @TransactionalEventListener
    void on(ArticleUnpublished event) {
        pageCache.invalidateAll();
    }

    @TransactionalEventListener
    void on(PublishedArticleChanged event) {
        pageCache.invalidateAll();
    }

    @TransactionalEventListener
    void on(EditionPublished event) {
        pageCache.invalidateAll();
    }

    @TransactionalEventListener
    void on(EditionUnpublished event) {
        pageCache.invalidateAll();
    }

    @TransactionalEventListener
    void on(PublishedEditionChanged event) {
        pageCache.invalidateAll();
    }
}
