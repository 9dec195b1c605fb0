package org.organizer.press;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a writer types: the text of an article and where and when it comes from.
 *
 * @param byline a person or an organisation ("Editorial Board"), as printed
 * @param country ISO 3166 alpha-2 code of the country the article is about or filed from
 * @param dateline the date printed at the head of the article
 * @param slug the address in its language; {@code null} means "make one from the title"
 */
public record ArticleContent(
        String title,
        String standfirst,
        String body,
        String byline,
        String country,
        LocalDate dateline,
        @Nullable String slug) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_STANDFIRST = 1_000;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_BYLINE = 200;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Checks and tidies what was typed, reporting every problem at once so a form can show them all.
     *
     * @throws InvalidArticle with one message key per problem
     */
    public static ArticleContent of(
            @Nullable String title,
            @Nullable String standfirst,
            @Nullable String body,
            @Nullable String byline,
            @Nullable String country,
            @Nullable LocalDate dateline,
            @Nullable String slug) {
        List<String> errors = new ArrayList<>();
        String cleanTitle = strip(title);
        String cleanStandfirst = strip(standfirst);
        String cleanBody = body == null ? "" : body.replace("\r\n", "\n");
        String cleanByline = strip(byline);
        String cleanCountry = strip(country).toUpperCase(Locale.ROOT);
        String cleanSlug = strip(slug).toLowerCase(Locale.ROOT);
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            errors.add("press.article.error.title");
        }
        if (cleanStandfirst.length() > MAX_STANDFIRST) {
            errors.add("press.article.error.standfirst");
        }
        if (cleanBody.length() > MAX_BODY) {
            errors.add("press.article.error.body");
        }
        if (cleanByline.isEmpty() || cleanByline.length() > MAX_BYLINE) {
            errors.add("press.article.error.byline");
        }
        if (!COUNTRIES.contains(cleanCountry)) {
            errors.add("press.article.error.country");
        }
        if (dateline == null) {
            errors.add("press.article.error.dateline");
        }
        if (!cleanSlug.isEmpty() && !Slugs.isValid(cleanSlug)) {
            errors.add("press.article.error.slug");
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticle(errors);
        }
        return new ArticleContent(
                cleanTitle,
                cleanStandfirst,
                cleanBody,
                cleanByline,
                cleanCountry,
                dateline,
                cleanSlug.isEmpty() ? null : cleanSlug);
    }

    /** The slug asked for, or one made from the title. */
    String wantedSlug() {
        return slug != null ? slug : Slugs.fromTitle(title);
    }

    ArticleContent withSlug(@Nullable String newSlug) {
        return new ArticleContent(title, standfirst, body, byline, country, dateline, newSlug);
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
