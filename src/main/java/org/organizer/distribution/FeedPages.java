package org.organizer.distribution;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.organizer.press.Newsroom;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The feeds of each language and of each country in it. They are public and the same for everyone, so
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

    FeedPages(Newsroom newsroom, SiteInfo site, FeedWriter writer) {
        this.newsroom = newsroom;
        this.site = site;
        this.writer = writer;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/feed.{format:rss|atom}")
    ResponseEntity<byte[]> language(@PathVariable String lang, @PathVariable String format) {
        return feed(FeedFormat.of(format), scope(lang, null));
    }

    @GetMapping("/{lang:[a-z]{2,3}}/countries/{code:[A-Za-z]{2}}/feed.{format:rss|atom}")
    ResponseEntity<byte[]> country(@PathVariable String lang, @PathVariable String code, @PathVariable String format) {
        return feed(FeedFormat.of(format), scope(lang, code));
    }

    private ResponseEntity<byte[]> feed(FeedFormat format, FeedScope scope) {
        byte[] body = writer.write(format, scope, newsroom.publishedArticles(scope.language(), scope.country(), ITEMS));
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
            return new FeedScope(lang, null);
        }
        String country = code.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new FeedNotFound(lang + "/" + code);
        }
        return new FeedScope(lang, country);
    }
}
