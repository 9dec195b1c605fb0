package org.organizer.press;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, unicode-aware article addresses: letters and digits of any script joined by hyphens. */
final class Slugs {

    static final int MAX_LENGTH = 120;
    static final Pattern VALID = Pattern.compile("^[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*$");

    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String FALLBACK = "article";

    private Slugs() {}

    static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /**
     * "Dockers' Union sets a date!" becomes {@code dockers-union-sets-a-date}. Accents that compose with
     * their letter stay (ñ, é); Arabic vowel marks and the tatweel are dropped, as readers type without them.
     */
    static String fromTitle(String title) {
        String text = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = Normalizer.normalize(text.replace("'", "").replace("’", ""), Normalizer.Form.NFC);
        text = MARKS.matcher(text).replaceAll("");
        String slug = SEPARATORS.matcher(text).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = trimHyphens(lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug);
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** The n-th alternative when a slug is taken: {@code slug-2}, {@code slug-3}, ... */
    static String numbered(String slug, int n) {
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > MAX_LENGTH
                ? trimHyphens(slug.substring(0, MAX_LENGTH - suffix.length()))
                : slug;
        return base + suffix;
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
