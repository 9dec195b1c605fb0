package org.organizer.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.organizer.web.PageCache;

/**
 * The rendered public pages of this node, bounded by their size in bytes. Clearing it also tells the other
 * nodes, through PostgreSQL, to clear theirs.
 */
final class CaffeinePageCache implements PageCache {

    private final Cache<PageKey, CachedPage> pages;
    private final PageCacheNotifications notifications;
    private final int maxPageBytes;
    /** Counts clearings, so a page rendered before one is not stored after it. */
    private final AtomicLong generation = new AtomicLong();

    CaffeinePageCache(PageCacheProperties properties, PageCacheNotifications notifications) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((PageKey key, CachedPage page) -> key.weight() + page.weight())
                .recordStats()
                .build();
        this.notifications = notifications;
        this.maxPageBytes = properties.maxPageBytes();
    }

    @Nullable
    CachedPage get(PageKey key) {
        return pages.getIfPresent(key);
    }

    /** Read before rendering a page and pass to {@link #put}. */
    long generation() {
        return generation.get();
    }

    void put(PageKey key, CachedPage page, long generationWhenRendered) {
        pages.put(key, page);
        if (generation.get() != generationWhenRendered) {
            pages.invalidate(key);
        }
    }

    int maxPageBytes() {
        return maxPageBytes;
    }

    long size() {
        return pages.estimatedSize();
    }

    Cache<PageKey, CachedPage> caffeine() {
        return pages;
    }

    @Override
    public void invalidateAll() {
        clearThisNode();
        notifications.tellOtherNodes();
    }

    void clearThisNode() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}
