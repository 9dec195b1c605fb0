package org.organizer.press.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.organizer.web.PageCache;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Stands in for the page cache in tests and counts invalidations. Primary, so it also wins once the real
 * page cache exists in the application.
 */
@Primary
@Component
public class RecordingPageCache implements PageCache {

    private final AtomicInteger invalidations = new AtomicInteger();

    @Override
    public void invalidateAll() {
        invalidations.incrementAndGet();
    }

    public int invalidations() {
        return invalidations.get();
    }
}
