package org.organizer.distribution.newsletter;

import org.organizer.platform.PlatformProperties;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses for e-mails. A rendered newsletter holds {@link #MANAGE} and {@link #UNSUBSCRIBE} where
 * each reader's own links go; they are filled in when the message is sent.
 */
@Component
class NewsletterLinks {

    static final String MANAGE = "%MANAGE_URL%";
    static final String UNSUBSCRIBE = "%UNSUBSCRIBE_URL%";

    private final String base;

    NewsletterLinks(PlatformProperties platform) {
        this.base = platform.baseUrl().toString().replaceAll("/+$", "");
    }

    String absolute(String path) {
        return base + path;
    }

    String subscribe(String lang) {
        return absolute("/" + lang + "/newsletter");
    }

    String confirm(String lang, String token) {
        return absolute("/" + lang + "/newsletter/confirm/" + token);
    }

    String manage(String lang, String token) {
        return absolute("/" + lang + "/newsletter/manage/" + token);
    }

    /** The page with an unsubscribe button, for people. */
    String unsubscribePage(String lang, String token) {
        return absolute("/" + lang + "/newsletter/unsubscribe/" + token);
    }

    /** The RFC 8058 one-click address, for mail programs. */
    String oneClick(String token) {
        return absolute("/newsletter/unsubscribe/" + token);
    }

    /** The RFC 8058 headers every message to a reader carries, so mail programs unsubscribe in one click. */
    java.util.Map<String, String> oneClickHeaders(String token) {
        return java.util.Map.of(
                "List-Unsubscribe", "<" + oneClick(token) + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
