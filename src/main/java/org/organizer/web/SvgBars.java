package org.organizer.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * Horizontal bar charts drawn by Organizer as inline SVG: no script, no external resource, a {@code <title>}
 * and {@code <desc>} for screen readers, and every bar labelled with its value in text, so the chart reads
 * the same without its shapes. Shared by the modules that draw charts on public pages (funds, cases).
 */
public final class SvgBars {

    /** One bar: its label, the value that sets its length, and the value as written. */
    public record Bar(String label, BigDecimal value, String text) {}

    private static final int WIDTH = 640;
    private static final int LABEL = 200;
    private static final int ROW = 28;
    private static final int BAR = 18;

    private SvgBars() {}

    public static String draw(String title, String description, List<Bar> bars) {
        String id = "chart-" + UUID.randomUUID().toString().substring(0, 8);
        int height = Math.max(ROW, bars.size() * ROW) + 8;
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int room = WIDTH - LABEL - 160;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        int y = 4;
        for (Bar bar : bars) {
            int length = max.signum() == 0
                    ? 0
                    : bar.value()
                            .multiply(BigDecimal.valueOf(room))
                            .divide(max, 0, RoundingMode.HALF_UP)
                            .intValue();
            length = Math.max(length, bar.value().signum() > 0 ? 2 : 0);
            svg.append("<g><text x=\"0\" y=\"")
                    .append(y + BAR - 4)
                    .append("\" font-size=\"14\" fill=\"currentColor\">")
                    .append(escape(shorten(bar.label())))
                    .append("</text><rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(length)
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" fill=\"#b22222\"></rect><text x=\"")
                    .append(LABEL + length + 6)
                    .append("\" y=\"")
                    .append(y + BAR - 4)
                    .append("\" font-size=\"14\" fill=\"currentColor\">")
                    .append(escape(bar.text()))
                    .append("</text></g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() > 26 ? label.substring(0, 25) + "…" : label;
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
