package org.organizer.network;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable organisation addresses from a name: letters and digits of any script joined by hyphens. */
final class OrganisationSlugs {

    static final int MAX_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OrganisationSlugs() {}

    static String fromName(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = Normalizer.normalize(text.replace("'", "").replace("’", ""), Normalizer.Form.NFC);
        text = MARKS.matcher(text).replaceAll("");
        String slug = SEPARATORS.matcher(text).replaceAll("-");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
        }
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "organisation" : slug;
    }

    static String numbered(String slug, int n) {
        return slug + "-" + n;
    }
}
