package org.organizer.network.calls;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable call addresses from a title: letters and digits of any script joined by hyphens. */
final class CallSlugs {

    private static final int MAX_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CallSlugs() {}

    static String fromTitle(String title) {
        String text = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = MARKS.matcher(Normalizer.normalize(text.replace("'", "").replace("’", ""), Normalizer.Form.NFC))
                .replaceAll("");
        String slug = SEPARATORS.matcher(text).replaceAll("-");
        slug = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug;
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "call" : slug;
    }
}
