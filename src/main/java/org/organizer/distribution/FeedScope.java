package org.organizer.distribution;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which articles a feed carries: those of one language, optionally only those about one country.
 *
 * @param country ISO 3166 alpha-2 code in upper case, or {@code null} for every country
 */
record FeedScope(String language, @Nullable String country) {

    /** The page the feed mirrors: the language's front page or its country page. */
    String pagePath() {
        return country == null
                ? SiteAddresses.home(language)
                : "/" + language + "/countries/" + country.toLowerCase(Locale.ROOT);
    }

    String feedPath(FeedFormat format) {
        return (country == null ? "/" + language : pagePath()) + "/feed." + format.extension();
    }
}
