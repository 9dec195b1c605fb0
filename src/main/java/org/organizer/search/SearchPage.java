package org.organizer.search;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page, a plain GET form. Results are never marked public: queries are unbounded, so
 * they stay out of the page cache and shared caches.
 */
@Controller
class SearchPage {

    private final ArticleSearch search;
    private final SiteInfo site;
    private final SearchProperties properties;

    SearchPage(ArticleSearch search, SiteInfo site, SearchProperties properties) {
        this.search = search;
        this.site = site;
        this.properties = properties;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/search")
    String search(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            HttpServletResponse response) {
        if (!site.publishesIn(lang)) {
            throw new NoSuchSearchPage();
        }
        String languageFilter = language == null || language.isBlank() ? lang : language.strip();
        SearchResults results = null;
        String error = null;
        List<Object> errorArguments = List.of();
        try {
            SearchRequest request =
                    SearchRequest.of(q, languageFilter, country, from, to, sort, page - 1, properties.pageSize());
            results = request.isBlank() ? null : search.search(request);
        } catch (InvalidSearch e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            error = e.messageKey();
            errorArguments = Arrays.asList(e.arguments());
        }
        model.addAttribute(
                "view",
                new SearchPageView(
                        text(q),
                        languageFilter,
                        text(country).toUpperCase(Locale.ROOT),
                        text(from),
                        text(to),
                        text(sort).isEmpty() ? SearchRequest.Sort.RELEVANCE.code() : text(sort),
                        results,
                        error,
                        errorArguments,
                        site.languages(),
                        countries(Locale.of(lang))));
        return "search/search";
    }

    /** Every country, ordered by its name in the page's language. */
    private static List<String> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale), collator))
                .toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
