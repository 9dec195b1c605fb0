package org.organizer.press;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        @Nullable String slug) {

    static ArticleForm blank(String language) {
        return new ArticleForm("", "", "", "", "", LocalDate.now().toString(), language, "");
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
                a.slug());
    }

    ArticleContent content() {
        return ArticleContent.of(title, standfirst, body, byline, country, date(), slug);
    }

    private @Nullable LocalDate date() {
        try {
            return dateline == null || dateline.isBlank() ? null : LocalDate.parse(dateline.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }
}
