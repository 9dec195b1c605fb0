package org.organizer.distribution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.organizer.press.Newsroom;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines ask for at the site's root: the sitemap of public pages and robots.txt. Both carry
 * an ETag, so a crawler that already has the current version gets a 304.
 */
@Controller
class SearchEnginePages {

    /** The protocol's limit for one sitemap file; a larger site would need a sitemap index. */
    static final int MAX_URLS = 50_000;

    static final String CACHE_CONTROL = "public, max-age=3600";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final Newsroom newsroom;
    private final SitemapWriter sitemap;
    private final SiteAddresses addresses;
    private final SiteInfo site;

    SearchEnginePages(Newsroom newsroom, SitemapWriter sitemap, SiteAddresses addresses, SiteInfo site) {
        this.newsroom = newsroom;
        this.site = site;
        this.sitemap = sitemap;
        this.addresses = addresses;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap() {
        int homePages = site.languages().size();
        return cacheable(XML, sitemap.write(newsroom.publishedAddresses(MAX_URLS - homePages)));
    }

    @GetMapping("/robots.txt")
    ResponseEntity<byte[]> robots() {
        String robots = """
                User-agent: *
                Disallow: /admin
                Disallow: /account
                Disallow: /api
                Sitemap: %s
                """.formatted(addresses.absolute("/sitemap.xml"));
        return cacheable(TEXT, robots.getBytes(StandardCharsets.UTF_8));
    }

    /** Spring answers 304 by itself when the request's If-None-Match holds this ETag. */
    private static ResponseEntity<byte[]> cacheable(MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .eTag(etag(body))
                .body(body);
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
