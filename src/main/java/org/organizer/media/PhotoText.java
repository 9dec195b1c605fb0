package org.organizer.media;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What readers are told about a photo in one language. Empty strings stand for "not written yet". */
record PhotoText(String language, String alt, String caption, String credit) {

    static final int MAX_ALT = 500;
    static final int MAX_CAPTION = 1000;
    static final int MAX_CREDIT = 200;

    static PhotoText of(
            @Nullable String language, @Nullable String alt, @Nullable String caption, @Nullable String credit) {
        return new PhotoText(clean(language), clean(alt), clean(caption), clean(credit));
    }

    boolean isBlank() {
        return alt.isEmpty() && caption.isEmpty() && credit.isEmpty();
    }

    /** Message keys of what is wrong; the language must be one the publication publishes in. */
    List<String> problems(List<String> publicationLanguages) {
        List<String> problems = new ArrayList<>();
        if (!publicationLanguages.contains(language)) {
            problems.add("media.error.language");
        }
        if (alt.length() > MAX_ALT) {
            problems.add("media.error.alt");
        }
        if (caption.length() > MAX_CAPTION) {
            problems.add("media.error.caption");
        }
        if (credit.length() > MAX_CREDIT) {
            problems.add("media.error.credit");
        }
        return problems;
    }

    /** Line breaks and control characters have no place in a caption; a single line reads everywhere. */
    private static String clean(@Nullable String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
