package org.organizer.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.organizer.web.Languages;

/**
 * What a reader asked for, checked. Dates filter on the dateline, the date printed on the article.
 *
 * @param language only articles in this language; {@code null} for all languages
 * @param page counted from 0
 */
record SearchRequest(
        String query,
        @Nullable String language,
        @Nullable String country,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        Sort sort,
        int page,
        int size) {

    static final int MAX_QUERY = 500;
    static final int MAX_PAGE = 200;
    static final int MAX_SIZE = 50;
    static final String ALL_LANGUAGES = "all";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    enum Sort {
        RELEVANCE,
        DATE;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @throws InvalidSearch naming the first parameter that is wrong
     */
    static SearchRequest of(
            @Nullable String query,
            @Nullable String language,
            @Nullable String country,
            @Nullable String from,
            @Nullable String to,
            @Nullable String sort,
            int page,
            int size) {
        String q = blankToNull(query) == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            throw new InvalidSearch("search.error.query", MAX_QUERY);
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidSearch("search.error.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearch("search.error.size", MAX_SIZE);
        }
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidSearch("search.error.dateRange");
        }
        return new SearchRequest(q, language(language), country(country), fromDate, toDate, sort(sort), page, size);
    }

    boolean isBlank() {
        return query.isEmpty();
    }

    private static @Nullable String language(@Nullable String language) {
        String code = blankToNull(language);
        if (code == null || code.equals(ALL_LANGUAGES)) {
            return null;
        }
        if (!Languages.isValidCode(code)) {
            throw new InvalidSearch("search.error.language");
        }
        return code;
    }

    private static @Nullable String country(@Nullable String country) {
        String code = blankToNull(country);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidSearch("search.error.country");
        }
        return code;
    }

    private static @Nullable LocalDate date(@Nullable String date) {
        String text = blankToNull(date);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidSearch("search.error.date");
        }
    }

    private static Sort sort(@Nullable String sort) {
        String code = blankToNull(sort);
        if (code == null) {
            return Sort.RELEVANCE;
        }
        for (Sort s : Sort.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new InvalidSearch("search.error.sort");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
