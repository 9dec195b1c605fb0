package org.organizer.distribution;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which articles a feed carries: the latest of one language, optionally only those about one country, or
 * those of one published edition in the edition's order.
 *
 * @param country ISO 3166 alpha-2 code in upper case, or {@code null} for every country
 * @param edition the edition's number, or {@code null} for a feed of the latest articles
 */
record FeedScope(
        String language, @Nullable String country, @Nullable Integer edition) {

    static FeedScope ofLanguage(String language) {
        return new FeedScope(language, null, null);
    }

    static FeedScope ofCountry(String language, String country) {
        return new FeedScope(language, country, null);
    }

    static FeedScope ofEdition(String language, int number) {
        return new FeedScope(language, null, number);
    }

    /** The page the feed mirrors: the language's front page, its country page or the edition's page. */
    String pagePath() {
        if (edition != null) {
            return "/" + language + "/editions/" + edition;
        }
        return country == null
                ? SiteAddresses.home(language)
                : "/" + language + "/countries/" + country.toLowerCase(Locale.ROOT);
    }

    String feedPath(FeedFormat format) {
        return (country == null && edition == null ? "/" + language : pagePath()) + "/feed." + format.extension();
    }
}
