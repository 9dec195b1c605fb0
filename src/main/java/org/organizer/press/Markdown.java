package org.organizer.press;

import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what writers type into HTML that is safe to put in any page. The Markdown may contain raw HTML;
 * the sanitiser, not the writer, decides what survives: formatting, links to http, https and mailto,
 * images from http, https or this site. Scripts, event handlers and {@code javascript:} URLs never do.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final Pattern IMAGE_SOURCE = Pattern.compile("^(https?://|/(?!/)|[^:/?#]+(/|$))");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "blockquote",
                    "pre",
                    "code",
                    "em",
                    "strong",
                    "b",
                    "i",
                    "u",
                    "s",
                    "del",
                    "sub",
                    "sup",
                    "small",
                    "ul",
                    "ol",
                    "li",
                    "a",
                    "img",
                    "figure",
                    "figcaption",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "caption",
                    "bdi")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("src")
            .matching((element, attribute, value) ->
                    IMAGE_SOURCE.matcher(value.strip().toLowerCase(Locale.ROOT)).find() ? value : null)
            .onElements("img")
            .allowAttributes("alt", "title")
            .onElements("img")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .allowAttributes("dir")
            .matching(true, "ltr", "rtl", "auto")
            .globally()
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private Markdown() {}

    public static String toSafeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
