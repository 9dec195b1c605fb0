package org.organizer.print;

/**
 * The font families of an edition. Each lists a fallback, so FOP picks per character. FOP sets a run in the
 * fallback font off the line's baseline, so a block is given the family whose first font fits its text:
 * Naskh first when the text has Arabic letters, the Latin font first otherwise (a Latin publication name in
 * an Arabic edition, an Arabic name in an English one).
 */
record Typography(boolean rightToLeft) {

    private static final String SERIF = "NotoSerif, NotoNaskhArabic";
    private static final String SANS = "NotoSans, NotoNaskhArabic";
    private static final String NASKH_SERIF = "NotoNaskhArabic, NotoSerif";
    private static final String NASKH_SANS = "NotoNaskhArabic, NotoSans";

    static Typography forLanguage(String language) {
        return new Typography(
                switch (language) {
                    case "ar", "fa", "ur" -> true;
                    default -> false;
                });
    }

    String body() {
        return rightToLeft ? NASKH_SERIF : SERIF;
    }

    String headings() {
        return rightToLeft ? NASKH_SANS : SANS;
    }

    String body(String text) {
        return arabic(text) ? NASKH_SERIF : SERIF;
    }

    String headings(String text) {
        return arabic(text) ? NASKH_SANS : SANS;
    }

    static boolean arabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
