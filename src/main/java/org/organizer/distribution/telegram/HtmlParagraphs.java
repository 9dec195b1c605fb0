package org.organizer.distribution.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sanitised HTML of an article body (the press module's own output, so well formed and free of
 * scripts) into paragraphs of {@link Run}s: the formatting Telegram knows is kept (bold, italic, underline,
 * strike, code, links), block elements become paragraphs, list items get a bullet, everything else is text.
 */
final class HtmlParagraphs {

    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");
    private static final Map<String, Integer> STYLES = Map.of(
            "b", Run.BOLD,
            "strong", Run.BOLD,
            "i", Run.ITALIC,
            "em", Run.ITALIC,
            "u", Run.UNDERLINE,
            "s", Run.STRIKE,
            "del", Run.STRIKE,
            "code", Run.CODE);
    private static final Pattern BLOCK = Pattern.compile("p|h[1-6]|blockquote|pre|li|ul|ol|tr|table|hr|div");

    private final List<List<Run>> paragraphs = new ArrayList<>();
    private final Deque<Integer> styles = new ArrayDeque<>();
    /** Link targets of the open {@code <a>} elements; empty for a link that is not followed. */
    private final Deque<String> links = new ArrayDeque<>();

    private List<Run> current = new ArrayList<>();

    private HtmlParagraphs() {}

    static List<List<Run>> of(String html) {
        HtmlParagraphs reader = new HtmlParagraphs();
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(4) != null) {
                reader.text(unescape(m.group(4)));
            } else {
                reader.tag(m.group(1).equals("/"), m.group(2).toLowerCase(Locale.ROOT), m.group(3));
            }
        }
        reader.endParagraph();
        return reader.paragraphs;
    }

    private void tag(boolean closing, String name, String attributes) {
        if (BLOCK.matcher(name).matches()) {
            endParagraph();
            if (!closing && name.equals("li")) {
                current.add(Run.plain("• "));
            }
            if (name.matches("h[1-6]")) {
                push(closing, Run.BOLD);
            }
        } else if (name.equals("br")) {
            if (!current.isEmpty()) {
                current.add(Run.plain("\n"));
            }
        } else if (name.equals("td") || name.equals("th")) {
            text(closing ? " " : "");
        } else if (STYLES.containsKey(name)) {
            push(closing, STYLES.get(name));
        } else if (name.equals("a")) {
            if (closing) {
                if (!links.isEmpty()) {
                    links.pop();
                }
            } else {
                Matcher href = HREF.matcher(attributes);
                String target = href.find() ? unescape(href.group(1)) : "";
                links.push(target.matches("(?i)(https?|mailto):.*") ? target : "");
            }
        }
    }

    private void push(boolean closing, int style) {
        if (closing) {
            if (!styles.isEmpty()) {
                styles.pop();
            }
        } else {
            styles.push(style);
        }
    }

    private void text(String text) {
        if (text.isEmpty() || (current.isEmpty() && text.isBlank())) {
            return;
        }
        int style = styles.stream().reduce(0, (a, b) -> a | b);
        @Nullable String href = links.isEmpty() || links.peek().isEmpty() ? null : links.peek();
        current.add(new Run(text.replaceAll("\\s+", " "), style, href));
    }

    private void endParagraph() {
        if (current.stream().anyMatch(run -> !run.text().isBlank())) {
            paragraphs.add(current);
        }
        current = new ArrayList<>();
    }

    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            try {
                replacement = character(name, m.group());
            } catch (IllegalArgumentException e) {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String character(String name, String entity) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return Character.toString(Integer.parseInt(name.substring(2), 16));
        }
        if (name.startsWith("#")) {
            return Character.toString(Integer.parseInt(name.substring(1)));
        }
        return NAMED.getOrDefault(name, entity);
    }
}
