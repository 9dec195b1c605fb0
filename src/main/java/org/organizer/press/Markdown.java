package org.organizer.press;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.organizer.media.PhotoId;
import org.organizer.media.PhotoView;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns what writers type into HTML that is safe to put in any page. The Markdown may contain raw HTML;
 * the sanitiser, not the writer, decides what survives: formatting and links to http, https and mailto.
 * Scripts, event handlers and {@code javascript:} URLs never do, and neither does any {@code <img>}: a page
 * must not make readers' browsers ask another host for anything. A Markdown image of another address
 * becomes a plain link; a photo from the library, written {@code ![alt](photo:<photo id>)} on a paragraph of
 * its own, becomes a {@link BodyPart} that the page shows as a figure with its caption and credit. A line
 * {@code [[<name>:<argument>]]} on a paragraph of its own is an {@link Embed} that another module renders
 * (see {@link ArticleEmbed}); where nothing renders it, it leaves nothing.
 */
public final class Markdown {

    /** The address scheme of a photo from the library: {@code ![](photo:3f2a…)}. */
    public static final String PHOTO_SCHEME = "photo:";

    /** A block another module renders: {@code [[endorsers:general-strike]]}. */
    private static final Pattern EMBED = Pattern.compile("\\[\\[([a-z][a-z0-9-]{0,30}):([A-Za-z0-9._-]{1,200})]]");

    private static final Pattern ONLY_EMBEDS = Pattern.compile("(?:\\s*" + EMBED.pattern() + "\\s*)+");

    /** A line {@code [[name:argument]]} on a paragraph of its own. */
    public record Embed(String name, String argument) {}

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .sanitizeUrls(true)
            .nodeRendererFactory(ImagesAsLinks::new)
            .build();

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

    /** The body as safe HTML without the library's photos (for feeds and the API, which show no figures). */
    public static String toSafeHtml(String markdown) {
        StringBuilder html = new StringBuilder();
        for (BodyPart part : parts(markdown, id -> Optional.empty())) {
            html.append(part.html());
        }
        return html.toString();
    }

    /**
     * The body as safe HTML with the library's photos in between, each found by {@code photos} (with its texts
     * in the article's language); a photo not found leaves nothing. Alt text written in the Markdown replaces
     * the photo's own.
     */
    public static List<BodyPart> parts(String markdown, Function<PhotoId, Optional<PhotoView>> photos) {
        return parts(markdown, photos, embed -> Optional.empty());
    }

    /**
     * As {@link #parts(String, Function)}, with each {@link Embed} replaced by the HTML {@code embeds} renders
     * for it (trusted as it is: see {@link ArticleEmbed#html}); an embed rendering nothing leaves nothing.
     */
    public static List<BodyPart> parts(
            String markdown, Function<PhotoId, Optional<PhotoView>> photos, Function<Embed, Optional<String>> embeds) {
        Node document = PARSER.parse(markdown);
        String marker = "organizer-photo-" + UUID.randomUUID().toString().replace("-", "");
        List<Image> figures = markFigures(document, marker);
        List<Embed> blocks = markEmbeds(document, marker);
        String html = POLICY.sanitize(RENDERER.render(document));
        Matcher m =
                Pattern.compile("(?:<p>)?" + marker + "-(e?)(\\d+)(?:</p>)?").matcher(html);
        List<BodyPart> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            addHtml(parts, html.substring(at, m.start()));
            int index = Integer.parseInt(m.group(2));
            if (m.group(1).isEmpty()) {
                Image image = figures.get(index);
                photoId(image.getDestination())
                        .flatMap(photos)
                        .map(view -> withAlt(view, altText(image)))
                        .map(BodyPart::photo)
                        .ifPresent(parts::add);
            } else {
                embeds.apply(blocks.get(index)).map(BodyPart::html).ifPresent(parts::add);
            }
            at = m.end();
        }
        addHtml(parts, html.substring(at));
        return parts;
    }

    /** What follows {@code photo:} in each library photo the body embeds, in order, whether valid or not. */
    public static List<String> photoReferences(String markdown) {
        List<String> references = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (isPhoto(image)) {
                    references.add(image.getDestination().substring(PHOTO_SCHEME.length()));
                }
            }
        });
        return references;
    }

    /** The blocks of other modules the body embeds, each on a paragraph of its own, in order. */
    public static List<Embed> embeds(String markdown) {
        List<Embed> embeds = new ArrayList<>();
        for (Paragraph paragraph : paragraphs(PARSER.parse(markdown))) {
            embeds.addAll(onlyEmbeds(paragraph));
        }
        return embeds;
    }

    /** Whether the text of a paragraph is only embed lines (print leaves such paragraphs out). */
    public static boolean isOnlyEmbeds(String paragraphText) {
        return ONLY_EMBEDS.matcher(paragraphText).matches();
    }

    /** What a writer types to embed this photo on a paragraph of its own. */
    public static String photoSnippet(PhotoId id) {
        return "![](" + PHOTO_SCHEME + id + ")";
    }

    /** The library photo an image address names, if it is {@code photo:} and a photo id. */
    public static Optional<PhotoId> photoId(String destination) {
        return destination.startsWith(PHOTO_SCHEME)
                ? PhotoId.parse(destination.substring(PHOTO_SCHEME.length()))
                : Optional.empty();
    }

    private static boolean isPhoto(Image image) {
        return image.getDestination().startsWith(PHOTO_SCHEME);
    }

    /**
     * Replaces each paragraph made only of library photos by one marker paragraph per photo; returns the
     * photos in marker order. Photos inside a sentence are left to {@link ImagesAsLinks}, which drops them.
     */
    private static List<Image> markFigures(Node document, String marker) {
        List<Image> figures = new ArrayList<>();
        for (Paragraph paragraph : paragraphs(document)) {
            List<Image> images = onlyPhotos(paragraph);
            if (images.isEmpty()) {
                continue;
            }
            for (Image image : images) {
                Paragraph placeholder = new Paragraph();
                placeholder.appendChild(new Text(marker + "-" + figures.size()));
                paragraph.insertBefore(placeholder);
                figures.add(image);
            }
            paragraph.unlink();
        }
        return figures;
    }

    /** Replaces each paragraph made only of embed lines by one marker paragraph per embed. */
    private static List<Embed> markEmbeds(Node document, String marker) {
        List<Embed> embeds = new ArrayList<>();
        for (Paragraph paragraph : paragraphs(document)) {
            List<Embed> found = onlyEmbeds(paragraph);
            if (found.isEmpty()) {
                continue;
            }
            for (Embed embed : found) {
                Paragraph placeholder = new Paragraph();
                placeholder.appendChild(new Text(marker + "-e" + embeds.size()));
                paragraph.insertBefore(placeholder);
                embeds.add(embed);
            }
            paragraph.unlink();
        }
        return embeds;
    }

    private static List<Paragraph> paragraphs(Node document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        });
        return paragraphs;
    }

    /** The embeds of a paragraph whose lines are all embed lines; else none. */
    private static List<Embed> onlyEmbeds(Paragraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                text.append(t.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text.append('\n');
            } else {
                return List.of();
            }
        }
        if (!isOnlyEmbeds(text.toString())) {
            return List.of();
        }
        List<Embed> embeds = new ArrayList<>();
        Matcher m = EMBED.matcher(text);
        while (m.find()) {
            embeds.add(new Embed(m.group(1), m.group(2)));
        }
        return embeds;
    }

    private static List<Image> onlyPhotos(Paragraph paragraph) {
        List<Image> images = new ArrayList<>();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image image && isPhoto(image)) {
                images.add(image);
            } else if (!(n instanceof SoftLineBreak
                    || n instanceof HardLineBreak
                    || (n instanceof Text text && text.getLiteral().isBlank()))) {
                return List.of();
            }
        }
        return images;
    }

    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }
        });
        return alt.toString().strip();
    }

    private static PhotoView withAlt(PhotoView view, String alt) {
        return alt.isEmpty()
                ? view
                : new PhotoView(
                        view.id(),
                        view.src(),
                        view.srcset(),
                        view.width(),
                        view.height(),
                        view.bytes(),
                        alt,
                        view.caption(),
                        view.credit(),
                        view.language());
    }

    private static void addHtml(List<BodyPart> parts, String html) {
        if (!html.isBlank()) {
            parts.add(BodyPart.html(html));
        }
    }

    /** Images the writer points at another address become links to it, so nothing loads by itself. */
    private static final class ImagesAsLinks implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        ImagesAsLinks(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            if (isPhoto(image)) {
                return;
            }
            String href = context.encodeUrl(context.urlSanitizer().sanitizeLinkUrl(image.getDestination()));
            context.getWriter().tag("a", context.extendAttributes(image, "a", Map.of("href", href)));
            if (image.getFirstChild() == null) {
                context.getWriter().text(image.getDestination());
            }
            for (Node child = image.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            context.getWriter().tag("/a");
        }
    }
}
