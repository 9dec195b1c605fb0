package org.organizer.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * What the search page shows: the form as the reader filled it in, and the results, if any.
 *
 * @param language the language filter: a code or {@code all}
 * @param results {@code null} when nothing was asked, or the request was invalid
 * @param error a message key for an invalid request, shown above the form
 */
public record SearchPageView(
        String q,
        String language,
        String country,
        String from,
        String to,
        String sort,
        @Nullable SearchResults results,
        @Nullable String error,
        List<Object> errorArguments,
        List<String> languages,
        List<String> countries) {

    public static final String ALL_LANGUAGES = SearchRequest.ALL_LANGUAGES;

    /** The address of another page of the same search; {@code page} counts from 0, the address from 1. */
    public String pageHref(String lang, int page) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("q", q);
        params.put("language", language);
        params.put("country", country);
        params.put("from", from);
        params.put("to", to);
        params.put("sort", sort);
        StringBuilder href = new StringBuilder("/").append(lang).append("/search?");
        params.forEach((name, value) -> {
            if (!value.isEmpty()) {
                href.append(name).append('=').append(encode(value)).append('&');
            }
        });
        return href.append("page=").append(page + 1).toString();
    }

    public boolean sortedByDate() {
        return sort.equals(SearchRequest.Sort.DATE.code());
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }
}
