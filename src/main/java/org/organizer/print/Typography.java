package org.organizer.print;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font families of an edition (or any document rendered by {@link PdfDocuments}). Each lists a fallback, so FOP picks per character. FOP sets a run in the
 * fallback font off the line's baseline, so a block is given the family whose first font fits its text:
 * Naskh first when the text has Arabic letters, the Latin font first otherwise (a Latin publication name in
 * an Arabic edition, an Arabic name in an English one).
 */
public record Typography(boolean rightToLeft) {

    private static final String SERIF = "NotoSerif, NotoNaskhArabic";
    private static final String SANS = "NotoSans, NotoNaskhArabic";
    private static final String NASKH_SERIF = "NotoNaskhArabic, NotoSerif";
    private static final String NASKH_SANS = "NotoNaskhArabic, NotoSans";
    private static final Font NASKH = font("/fonts/NotoNaskhArabic-Regular.ttf");

    public static Typography forLanguage(String language) {
        return new Typography(
                switch (language) {
                    case "ar", "fa", "ur" -> true;
                    default -> false;
                });
    }

    public String body() {
        return rightToLeft ? NASKH_SERIF : SERIF;
    }

    public String headings() {
        return rightToLeft ? NASKH_SANS : SANS;
    }

    public String body(String text) {
        return arabic(text) ? NASKH_SERIF : SERIF;
    }

    public String headings(String text) {
        return arabic(text) ? NASKH_SANS : SANS;
    }

    /**
     * The {@code language} FOP shapes with. FOP picks a font's OpenType lookups by script and language; Noto Naskh
     * has Arabic lookups for its default language system and for Persian, Urdu, Sindhi and Kashmiri under their
     * OpenType tags, never "ar" or "fa". Given "ar", FOP finds nothing for it and falls back to the font's
     * defaults, where lam is not joined to alef ("مل احظة" for "ملاحظة"). So right-to-left editions are shaped
     * with "none" (on the page sequence), which FOP reads as the default language system; the root keeps the
     * edition's language for the PDF's document language.
     */
    public String shapingLanguage(String language) {
        return rightToLeft ? "none" : language;
    }

    /** Whether Noto Naskh Arabic has no glyph for {@code c} (the euro sign, the middle dot, the hyphen...). */
    static boolean notInNaskh(int c) {
        return !NASKH.canDisplay(c);
    }

    private static Font font(String resource) {
        try (InputStream in = Typography.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("broken font " + resource, e);
        }
    }

    public static boolean arabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
