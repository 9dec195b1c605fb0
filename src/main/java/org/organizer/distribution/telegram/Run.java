package org.organizer.distribution.telegram;

import org.jspecify.annotations.Nullable;

/**
 * A stretch of text with one formatting, the unit posts are built and split from. The text is plain (not
 * escaped); Telegram HTML is made only by {@link #html()}, so a split never falls inside a tag or an entity.
 *
 * @param styles a set of {@link #BOLD}, {@link #ITALIC}... bits
 * @param href the link the text leads to, if any (http, https or mailto)
 */
record Run(String text, int styles, @Nullable String href) {

    static final int BOLD = 1;
    static final int ITALIC = 2;
    static final int UNDERLINE = 4;
    static final int STRIKE = 8;
    static final int CODE = 16;

    private static final String[] TAGS = {"b", "i", "u", "s", "code"};

    /** Longer links are shown as plain text, so the tags of one run never crowd out its text. */
    private static final int LONGEST_HREF = 500;

    static Run plain(String text) {
        return new Run(text, 0, null);
    }

    static Run bold(String text) {
        return new Run(text, BOLD, null);
    }

    static Run link(String text, String href) {
        return new Run(text, 0, href);
    }

    Run withText(String newText) {
        return new Run(newText, styles, href);
    }

    boolean sameFormat(Run other) {
        return styles == other.styles && java.util.Objects.equals(href, other.href);
    }

    String html() {
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean linked = href != null && href.length() <= LONGEST_HREF;
        if (linked) {
            out.append("<a href=\"")
                    .append(escape(href).replace("\"", "&quot;"))
                    .append("\">");
        }
        for (int i = 0; i < TAGS.length; i++) {
            if ((styles & (1 << i)) != 0) {
                out.append('<').append(TAGS[i]).append('>');
            }
        }
        out.append(escape(text));
        for (int i = TAGS.length - 1; i >= 0; i--) {
            if ((styles & (1 << i)) != 0) {
                out.append("</").append(TAGS[i]).append('>');
            }
        }
        if (linked) {
            out.append("</a>");
        }
        return out.toString();
    }

    /** Telegram's HTML mode needs exactly these three escaped in text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
