package org.organizer.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.organizer.press.Publication;
import org.organizer.press.Publication.InvalidPublication;

/**
 * The first administrator and the publication, as asked for by the setup page or command.
 *
 * @param languages comma-separated ISO codes; the default language is added in front when missing
 */
record SetupRequest(
        String email,
        String displayName,
        String password,
        String confirmation,
        String title,
        String defaultLanguage,
        String languages) {

    SetupRequest {
        email = email.strip();
        displayName = displayName.strip();
        title = title.strip();
        defaultLanguage = defaultLanguage.strip().toLowerCase(Locale.ROOT);
        languages = languages.strip();
    }

    /** Message keys of what is wrong with the title and languages; empty when acceptable. */
    List<String> publicationProblems() {
        List<String> errors = new ArrayList<>();
        try {
            new Publication(title, "en", List.of("en"));
        } catch (InvalidPublication e) {
            errors.add(e.messageKey());
        }
        try {
            new Publication("-", defaultLanguage, languageList());
        } catch (InvalidPublication e) {
            errors.add(e.messageKey());
        }
        return errors;
    }

    Publication publication() {
        return new Publication(title, defaultLanguage, languageList());
    }

    private List<String> languageList() {
        List<String> codes = new ArrayList<>();
        for (String part : languages.split(",")) {
            if (!part.isBlank()) {
                codes.add(part.strip().toLowerCase(Locale.ROOT));
            }
        }
        return codes;
    }
}
