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
        @Nullable Instant publishedAt,
        ArticleKind kind,
        @Nullable String place,
        @Nullable String originalAuthor,
        @Nullable LocalDate originalDate) {

    /** A report (the default kind) with no place. */
    public ArticleSummary(
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
        this(
                id,
                language,
                slug,
                title,
                standfirst,
                byline,
                country,
                dateline,
                state,
                authorName,
                updatedAt,
                publishedAt,
                ArticleKind.DEFAULT,
                null,
                null,
                null);
    }

    /** Whether readers see "Originally published by X on DATE". */
    public boolean showsOrigin() {
        return kind.isReproduced() && originalAuthor != null && originalDate != null;
    }

    /** The article's public address, e.g. {@code /es/articles/huelga-en-el-puerto}. */
    public String path() {
        return PublicPages.path(language, slug);
    }
}
