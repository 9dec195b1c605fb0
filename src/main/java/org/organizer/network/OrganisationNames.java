package org.organizer.network;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Organisation names as keys, so that spelling variants of one name are recognised as the same organisation. */
public final class OrganisationNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Legal forms that do not tell organisations apart: "Dockers Union e.V." is "Dockers Union". */
    private static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc", "ltd", "llc", "plc", "limited", "corp", "co", "gmbh", "ev", "ag", "sa", "sl", "srl", "spa", "sas",
            "asbl", "vzw", "ong", "ngo", "cic", "ry", "bv", "nv", "ab", "as", "oy", "kft", "sro", "doo");

    private OrganisationNames() {}

    /**
     * The name as a key for recognising spelling variants: lower case, without accents, punctuation,
     * spaces and trailing legal forms. "Dockers' Union, e.V." and "dockers union" have the same key. Stored
     * with directory names and endorsements: a change here needs the stored keys computed again.
     */
    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        List<String> words = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String word : NOT_WORD.split(plain)) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() == 1) {
                initials.append(word);
                continue;
            }
            if (!initials.isEmpty()) {
                words.add(initials.toString());
                initials.setLength(0);
            }
            words.add(word);
        }
        if (!initials.isEmpty()) {
            words.add(initials.toString());
        }
        while (words.size() > 1 && LEGAL_SUFFIXES.contains(words.getLast())) {
            words.removeLast();
        }
        return String.join("", words);
    }
}
