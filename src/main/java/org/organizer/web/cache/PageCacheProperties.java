package org.organizer.web.cache;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxSize memory the cached pages may use, raw and gzipped bytes together; the least used pages are
 *     evicted beyond it
 */
@Validated
@ConfigurationProperties("organizer.page-cache")
record PageCacheProperties(@NotNull @DefaultValue("64MB") DataSize maxSize) {

    /** A single page larger than this is served but never cached, so one huge page cannot flush the rest. */
    int maxPageBytes() {
        return (int) Math.min(maxSize.toBytes() / 8, 4L * 1024 * 1024);
    }
}
