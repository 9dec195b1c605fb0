package org.organizer.distribution;

import org.organizer.platform.PlatformProperties;
import org.springframework.stereotype.Component;

/** Absolute addresses on the public site, for documents read elsewhere (feeds, sitemaps, shared links). */
@Component
class SiteAddresses {

    private final String base;

    SiteAddresses(PlatformProperties platform) {
        this.base = platform.baseUrl().toString().replaceAll("/+$", "");
    }

    /** {@code /en/articles/x} becomes {@code https://example.org/en/articles/x}. */
    String absolute(String path) {
        return base + path;
    }

    static String home(String language) {
        return "/" + language + "/";
    }
}
