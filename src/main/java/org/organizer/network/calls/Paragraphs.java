package org.organizer.network.calls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A call's text as numbered paragraphs: blocks of Markdown separated by blank lines. Comments and amendments
 * refer to a paragraph by its number (from 1), so replacing one keeps the others' numbers.
 */
final class Paragraphs {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n+");

    private Paragraphs() {}

    static List<String> of(String body) {
        String text = body.replace("\r\n", "\n").strip();
        return Arrays.stream(BLANK_LINES.split(text))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    static String replace(String body, int number, String replacement) {
        List<String> paragraphs = new ArrayList<>(of(body));
        paragraphs.set(number - 1, replacement.replace("\r\n", "\n").strip());
        return String.join("\n\n", paragraphs);
    }
}
