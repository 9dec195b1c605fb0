package org.organizer.press;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.organizer.web.Languages;

/**
 * The publication this installation runs: its title and the languages it publishes in.
 *
 * @param languages every language, the default one first
 */
public record Publication(String title, String defaultLanguage, List<String> languages) {

    public static final int MAX_TITLE = 200;

    public Publication {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new InvalidPublication("press.publication.error.title");
        }
        if (defaultLanguage == null || !Languages.isValidCode(defaultLanguage)) {
            throw new InvalidPublication("press.publication.error.language");
        }
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(defaultLanguage);
        for (String language : languages == null ? List.<String>of() : languages) {
            String code = language.strip().toLowerCase(java.util.Locale.ROOT);
            if (!Languages.isValidCode(code)) {
                throw new InvalidPublication("press.publication.error.language");
            }
            all.add(code);
        }
        languages = List.copyOf(new ArrayList<>(all));
    }

    /** Parses "en,es,ar": the first language is the default. */
    public static Publication of(String title, String commaSeparatedLanguages) {
        List<String> codes = new ArrayList<>();
        for (String part : commaSeparatedLanguages.split(",")) {
            if (!part.isBlank()) {
                codes.add(part.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (codes.isEmpty()) {
            throw new InvalidPublication("press.publication.error.language");
        }
        return new Publication(title, codes.getFirst(), codes);
    }

    /** A publication's settings were rejected; the message is a key for the user's language. */
    public static final class InvalidPublication extends IllegalArgumentException {
        private final String messageKey;

        InvalidPublication(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
