package org.organizer.distribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.organizer.press.Article;
import org.organizer.press.Newsroom;
import org.organizer.press.PrintableEdition;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The feeds of each language, of each country in it and of each published edition. They are public and the same for everyone, so
 * browsers, proxies and the page cache may keep them for five minutes; publishing empties the page cache.
 */
@Controller
class FeedPages {

    static final int ITEMS = 30;
    static final String CACHE_CONTROL = "public, max-age=300";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Newsroom newsroom;
    private final SiteInfo site;
    private final FeedWriter writer;
    private final PrintableEdition.Source editions;

    FeedPages(Newsroom newsroom, SiteInfo site, FeedWriter writer, PrintableEdition.Source editions) {
        this.newsroom = newsroom;
        this.site = site;
        this.writer = writer;
        this.editions = editions;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/feed.{format:rss|atom}")
    ResponseEntity<byte[]> language(@PathVariable String lang, @PathVariable String format) {
        return feed(FeedFormat.of(format), scope(lang, null));
    }

    @GetMapping("/{lang:[a-z]{2,3}}/countries/{code:[A-Za-z]{2}}/feed.{format:rss|atom}")
    ResponseEntity<byte[]> country(@PathVariable String lang, @PathVariable String code, @PathVariable String format) {
        return feed(FeedFormat.of(format), scope(lang, code));
    }

    /** Every published article of a published edition, sections first and supplements after. */
    @GetMapping("/{lang:[a-z]{2,3}}/editions/{number:[0-9]{1,7}}/feed.{format:rss|atom}")
    ResponseEntity<byte[]> edition(@PathVariable String lang, @PathVariable int number, @PathVariable String format) {
        FeedScope scope = FeedScope.ofEdition(scope(lang, null).language(), number);
        PrintableEdition edition =
                editions.published(lang, number).orElseThrow(() -> new FeedNotFound(lang + "/editions/" + number));
        List<Article> articles = edition.sections().stream()
                .flatMap(s -> s.articles().stream())
                .distinct()
                .toList();
        return feed(FeedFormat.of(format), scope, articles);
    }

    private ResponseEntity<byte[]> feed(FeedFormat format, FeedScope scope) {
        return feed(format, scope, newsroom.publishedArticles(scope.language(), scope.country(), ITEMS));
    }

    private ResponseEntity<byte[]> feed(FeedFormat format, FeedScope scope, List<Article> articles) {
        byte[] body = writer.write(format, scope, articles);
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .body(body);
    }

    private FeedScope scope(String lang, @Nullable String code) {
        if (!site.publishesIn(lang)) {
            throw new FeedNotFound(lang);
        }
        if (code == null) {
            return FeedScope.ofLanguage(lang);
        }
        String country = code.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new FeedNotFound(lang + "/" + code);
        }
        return FeedScope.ofCountry(lang, country);
    }
}
