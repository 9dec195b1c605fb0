package org.organizer.maps;

import java.text.Normalizer;

/** How place names are compared: without case, accents or punctuation, so "SÃO-PAULO" finds "São Paulo". */
final class PlaceNames {

    private PlaceNames() {}

    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || c == '\''
                    || c == '’'
                    || c == 'ʼ'
                    || c == 'ʻ'
                    || c == 'ـ') {
                continue; // accents, apostrophes (L'Aquila = LAquila) and the Arabic tatweel
            }
            if (!Character.isLetterOrDigit(c)) {
                gap = true;
                continue;
            }
            if (gap && !folded.isEmpty()) {
                folded.append(' ');
            }
            gap = false;
            appendLowerCase(folded, c);
        }
        return folded.toString();
    }

    // Letters that Unicode does not decompose into a base letter and a mark.
    private static void appendLowerCase(StringBuilder folded, int c) {
        switch (c) {
            case 'ß', 'ẞ' -> folded.append("ss");
            case 'ł', 'Ł' -> folded.append('l');
            case 'ø', 'Ø' -> folded.append('o');
            case 'đ', 'Đ', 'ð', 'Ð' -> folded.append('d');
            case 'æ', 'Æ' -> folded.append("ae");
            case 'œ', 'Œ' -> folded.append("oe");
            case 'þ', 'Þ' -> folded.append("th");
            case 'ı' -> folded.append('i');
            default -> folded.appendCodePoint(Character.toLowerCase(c));
        }
    }
}
