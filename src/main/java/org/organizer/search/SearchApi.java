package org.organizer.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search for API clients: the same index and query syntax as the public page, as JSON. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Full-text search over published articles")
class SearchApi {

    private final ArticleSearch search;

    SearchApi(ArticleSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(
            summary = "Published articles matching a query, best match or newest first",
            description = "All words must match; \"…\" is a phrase, | means or, - excludes a word, * ends a prefix."
                    + " Dates filter on the dateline. Snippets are HTML-escaped text with matches in <mark>.")
    public Page search(
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "a language code; all languages when left out")
                    @RequestParam(required = false)
                    @Nullable
                    String lang,
            @Parameter(description = "ISO 3166 alpha-2 code") @RequestParam(required = false) @Nullable String country,
            @Parameter(description = "first dateline date, yyyy-mm-dd") @RequestParam(required = false) @Nullable
                    String from,
            @Parameter(description = "last dateline date, yyyy-mm-dd") @RequestParam(required = false) @Nullable
                    String to,
            @Parameter(description = "relevance (default) or date") @RequestParam(required = false) @Nullable
                    String sort,
            @Parameter(description = "counted from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 50") @RequestParam(defaultValue = "10") int size) {
        SearchRequest request = SearchRequest.of(q, lang, country, from, to, sort, page, size);
        if (request.isBlank()) {
            throw new InvalidSearch("search.error.required");
        }
        SearchResults results = search.search(request);
        return new Page(
                results.hits().stream().map(SearchApi::result).toList(),
                results.page(),
                results.size(),
                results.total(),
                results.exact());
    }

    private static Result result(SearchHit hit) {
        return new Result(
                UUID.fromString(hit.id()),
                hit.language(),
                hit.slug(),
                hit.title(),
                hit.standfirst(),
                hit.byline(),
                hit.country(),
                hit.dateline(),
                hit.publishedAt(),
                hit.path(),
                hit.snippetHtml());
    }

    /**
     * @param total the number of matches if {@code totalExact}, else a lower bound (beyond 1,000 matches they
     *     are not all counted)
     */
    public record Page(List<Result> items, int page, int size, long total, boolean totalExact) {}

    /** @param snippet HTML: escaped text with the matched words in {@code <mark>} elements */
    public record Result(
            UUID id,
            String language,
            String slug,
            String title,
            String standfirst,
            String byline,
            String country,
            LocalDate dateline,
            Instant publishedAt,
            String url,
            String snippet) {}
}
