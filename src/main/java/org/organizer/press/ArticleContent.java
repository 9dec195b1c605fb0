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
 * @param kind editorial, statement (the byline is the organisation, the country its country), report...
 * @param place where a report was filed from, as printed ("Genoa docks"); optional
 * @param originalAuthor who first published a reproduced appeal; only kept for {@link ArticleKind#REPRODUCED_APPEAL}
 * @param originalDate when a reproduced appeal was first published; only kept for reproduced appeals
 */
public record ArticleContent(
        String title,
        String standfirst,
        String body,
        String byline,
        String country,
        LocalDate dateline,
        @Nullable String slug,
        ArticleKind kind,
        @Nullable String place,
        @Nullable String originalAuthor,
        @Nullable LocalDate originalDate) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_STANDFIRST = 1_000;
    public static final int MAX_BODY = 200_000;
    /** A note's text, counted in characters as readers see them (code points). */
    public static final int MAX_NOTE_BODY = 2_000;

    public static final int MAX_BYLINE = 200;
    public static final int MAX_PLACE = 200;
    public static final int MAX_ORIGINAL_AUTHOR = 200;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A report (the default kind) with no place. */
    public ArticleContent(
            String title,
            String standfirst,
            String body,
            String byline,
            String country,
            LocalDate dateline,
            @Nullable String slug) {
        this(title, standfirst, body, byline, country, dateline, slug, ArticleKind.DEFAULT, null, null, null);
    }

    /** Checks and tidies the text of a report (the default kind); see the full form below. */
    public static ArticleContent of(
            @Nullable String title,
            @Nullable String standfirst,
            @Nullable String body,
            @Nullable String byline,
            @Nullable String country,
            @Nullable LocalDate dateline,
            @Nullable String slug) {
        return of(title, standfirst, body, byline, country, dateline, slug, ArticleKind.DEFAULT, null, null, null);
    }

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
            @Nullable String slug,
            @Nullable ArticleKind kind,
            @Nullable String place,
            @Nullable String originalAuthor,
            @Nullable LocalDate originalDate) {
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
        ArticleKind cleanKind = kind == null ? ArticleKind.DEFAULT : kind;
        if (cleanKind.isNote() && !isNoteBody(cleanBody)) {
            errors.add("press.article.error.noteBody");
        }
        String cleanPlace = strip(place);
        if (cleanPlace.length() > MAX_PLACE) {
            errors.add("press.article.error.place");
        }
        String cleanOriginalAuthor = cleanKind.isReproduced() ? strip(originalAuthor) : "";
        if (cleanKind.isReproduced()
                && (cleanOriginalAuthor.isEmpty() || cleanOriginalAuthor.length() > MAX_ORIGINAL_AUTHOR)) {
            errors.add("press.article.error.originalAuthor");
        }
        if (cleanKind.isReproduced() && originalDate == null) {
            errors.add("press.article.error.originalDate");
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
                cleanSlug.isEmpty() ? null : cleanSlug,
                cleanKind,
                cleanPlace.isEmpty() ? null : cleanPlace,
                cleanOriginalAuthor.isEmpty() ? null : cleanOriginalAuthor,
                cleanKind.isReproduced() ? originalDate : null);
    }

    private static boolean isNoteBody(String body) {
        return !body.isBlank() && body.codePointCount(0, body.length()) <= MAX_NOTE_BODY;
    }

    /** The slug asked for, or one made from the title. */
    String wantedSlug() {
        return slug != null ? slug : Slugs.fromTitle(title);
    }

    ArticleContent withSlug(@Nullable String newSlug) {
        return new ArticleContent(
                title, standfirst, body, byline, country, dateline, newSlug, kind, place, originalAuthor, originalDate);
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
