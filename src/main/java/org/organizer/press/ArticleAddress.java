package org.organizer.press;

import java.time.Instant;
import java.util.UUID;

/** Where a published article lives, without its text: for sitemaps and other indexes of addresses. */
public record ArticleAddress(ArticleId id, UUID translationGroup, String language, String slug, Instant updatedAt) {

    /** The article's public address, e.g. {@code /es/articles/huelga-en-el-puerto}. */
    public String path() {
        return PublicPages.path(language, slug);
    }
}
