package org.organizer.press;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article as listed: in the newsroom, on the front page, by country. */
public record ArticleSummary(
        ArticleId id,
        String language,
        String slug,
        String title,
        String standfirst,
        String byline,
        String country,
        LocalDate dateline,
        ArticleState state,
        String authorName,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    /** The article's public address, e.g. {@code /es/articles/huelga-en-el-puerto}. */
    public String path() {
        return PublicPages.path(language, slug);
    }
}
