package org.organizer.press;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The article form exactly as typed, so a rejected form comes back with nothing lost. */
public record ArticleForm(
        @Nullable String title,
        @Nullable String standfirst,
        @Nullable String body,
        @Nullable String byline,
        @Nullable String country,
        @Nullable String dateline,
        @Nullable String language,
        @Nullable String slug,
        @Nullable String kind,
        @Nullable String place,
        @Nullable String originalAuthor,
        @Nullable String originalDate) {

    static ArticleForm blank(String language) {
        return new ArticleForm(
                "", "", "", "", "", LocalDate.now().toString(), language, "", ArticleKind.DEFAULT.name(), "", "", "");
    }

    static ArticleForm of(Article a) {
        ArticleContent c = a.content();
        return new ArticleForm(
                c.title(),
                c.standfirst(),
                c.body(),
                c.byline(),
                c.country(),
                c.dateline().toString(),
                a.language(),
                a.slug(),
                c.kind().name(),
                c.place(),
                c.originalAuthor(),
                c.originalDate() == null ? "" : c.originalDate().toString());
    }

    ArticleContent content() {
        ArticleKind chosen = chosenKind();
        if (chosen != null) {
            return content(chosen);
        }
        List<String> errors = new ArrayList<>(List.of("press.article.error.kind"));
        try {
            content(ArticleKind.DEFAULT);
        } catch (InvalidArticle e) {
            errors.addAll(e.errors());
        }
        throw new InvalidArticle(errors);
    }

    private ArticleContent content(ArticleKind chosen) {
        return ArticleContent.of(
                title,
                standfirst,
                body,
                byline,
                country,
                date(dateline),
                slug,
                chosen,
                place,
                originalAuthor,
                date(originalDate));
    }

    /** Blank means the default kind; anything not a kind is an error, never silently a report. */
    private @Nullable ArticleKind chosenKind() {
        if (kind == null || kind.isBlank()) {
            return ArticleKind.DEFAULT;
        }
        return Arrays.stream(ArticleKind.values())
                .filter(k -> k.name().equals(kind.strip()))
                .findFirst()
                .orElse(null);
    }

    /** The kind to select in the form. */
    public String selectedKind() {
        ArticleKind chosen = chosenKind();
        return chosen == null ? "" : chosen.name();
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }
}
