package org.organizer.print;

import java.util.ArrayList;
import java.util.List;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleKind;
import org.organizer.press.PrintableEdition;
import org.springframework.context.MessageSource;

/**
 * Lays an edition out as one XSL-FO document: the masthead on the first page, the sections in order, the
 * supplements each from a new page, and at the end the continuations of long articles. Headlines span all
 * columns; bodies flow in the page size's columns. Page numbers of jumps are {@code fo:page-number-citation}s
 * that FOP resolves itself, so one rendering pass is enough.
 */
final class EditionLayout {

    private static final String MARKER = "\uE000";

    private final PrintableEdition edition;
    private final String publication;
    private final PageSize size;
    private final int columns;
    private final int jumpAfter;
    private final PrintLabels labels;
    private final Typography type;
    private final Fo fo = new Fo();
    private final List<Jump> jumps = new ArrayList<>();
    private final PrintPhotos photos;
    private boolean cover = true;

    private record Jump(int n, Article article, ArticleSplit split) {}

    EditionLayout(
            PrintableEdition edition,
            String publication,
            PageSize size,
            int columns,
            int jumpAfter,
            MessageSource messages,
            PrintPhotos photos) {
        this.edition = edition;
        this.photos = photos;
        this.publication = publication;
        this.size = size;
        this.columns = columns;
        this.jumpAfter = jumpAfter;
        this.labels = new PrintLabels(messages, edition.language());
        this.type = Typography.forLanguage(edition.language());
    }

    String toFo() {
        fo.start(
                "root",
                "font-family",
                type.body(),
                "font-size",
                size == PageSize.A4 ? "9pt" : "9.5pt",
                "line-height",
                "1.3",
                "language",
                edition.language(),
                "xml:lang",
                edition.language());
        pageMaster();
        fo.start(
                "page-sequence",
                "master-reference",
                "page",
                "writing-mode",
                type.rightToLeft() ? "rl-tb" : "lr-tb",
                "language",
                type.shapingLanguage(edition.language()));
        footer();
        fo.start("flow", "flow-name", "xsl-region-body");
        masthead();
        for (PrintableEdition.Section section : edition.sections()) {
            section(section);
        }
        continuations();
        fo.end().end().end();
        return fo.finish();
    }

    private void pageMaster() {
        fo.start("layout-master-set");
        fo.start(
                "simple-page-master",
                "master-name",
                "page",
                "page-width",
                size.width(),
                "page-height",
                size.height(),
                "margin",
                size == PageSize.A4 ? "12mm" : "15mm");
        fo.empty(
                "region-body",
                "margin-bottom",
                "10mm",
                "column-count",
                String.valueOf(columns),
                "column-gap",
                size == PageSize.A4 ? "5mm" : "6mm");
        fo.empty("region-after", "extent", "7mm");
        fo.end().end();
    }

    private void footer() {
        fo.start("static-content", "flow-name", "xsl-region-after");
        fo.start(
                "block",
                "font-family",
                type.headings(),
                "font-size",
                "7.5pt",
                "text-align",
                "center",
                "border-top",
                "0.5pt solid #000000",
                "padding-top",
                "1.5mm");
        fo.text(publication
                + labels.separator()
                + labels.t("print.masthead.number", String.valueOf(edition.number()))
                + labels.separator()
                + labels.date(edition.date())
                + labels.separator());
        withCitation(labels.t("print.footer.page", MARKER), () -> fo.empty("page-number"));
        fo.end().end();
    }

    private void masthead() {
        fo.start("block", "span", "all", "text-align", "center", "space-after", "5mm", "font-family", type.headings());
        fo.block(
                publication,
                "font-family",
                type.headings(publication),
                "font-size",
                size == PageSize.A4 ? "34pt" : "48pt",
                "font-weight",
                "bold",
                "line-height",
                "1.2");
        fo.start(
                "block",
                "font-size",
                "10pt",
                "border-top",
                "1.5pt solid #000000",
                "border-bottom",
                "0.5pt solid #000000",
                "padding",
                "1.5mm 0mm",
                "space-before",
                "2mm");
        mixed(labels.t("print.masthead.number", String.valueOf(edition.number()))
                + labels.separator()
                + labels.date(edition.date())
                + labels.separator()
                + labels.t(
                        "print.masthead.prices",
                        labels.price(edition.coverPrice(), edition.currency()),
                        labels.price(edition.solidarityPrice(), edition.currency())));
        fo.end().end();
    }

    /**
     * Writes text of a block whose first font is Naskh (right-to-left editions). Characters Naskh lacks, such as
     * the euro sign, go in an inline set in the Latin font: FOP would take them from the family's fallback font
     * and set them off the baseline, but keeps an inline with its own font on the line's baseline.
     */
    private void mixed(String text) {
        if (!type.rightToLeft()) {
            fo.text(text);
            return;
        }
        StringBuilder run = new StringBuilder();
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean missing = Typography.notInNaskh(c)
                    && !Character.isSpaceChar(c)
                    && !Character.isISOControl(c)
                    && Character.getType(c) != Character.FORMAT;
            if (missing != latin && !run.isEmpty()) {
                flush(run, latin);
            }
            latin = missing;
            run.appendCodePoint(c);
            i += Character.charCount(c);
        }
        flush(run, latin);
    }

    private void flush(StringBuilder run, boolean latin) {
        if (run.isEmpty()) {
            return;
        }
        if (latin) {
            fo.start("inline", "font-family", type.headings(""))
                    .text(run.toString())
                    .end();
        } else {
            fo.text(run.toString());
        }
        run.setLength(0);
    }

    private void section(PrintableEdition.Section section) {
        String title = section.supplement()
                ? labels.t("print.supplement") + labels.separator() + section.title()
                : section.title();
        List<String> attributes = new ArrayList<>(List.of(
                "span",
                "all",
                "font-family",
                type.headings(title),
                "font-weight",
                "bold",
                "font-size",
                "13pt",
                "color",
                "#ffffff",
                "background-color",
                "#000000",
                "padding",
                "1mm 2mm",
                "space-before",
                "4mm",
                "space-after",
                "3mm",
                "keep-with-next.within-page",
                "always"));
        if (section.supplement()) {
            attributes.addAll(List.of("break-before", "page"));
        }
        fo.block(title, attributes.toArray(String[]::new));
        for (Article article : section.articles()) {
            article(article);
        }
    }

    private void article(Article article) {
        ArticleContent c = article.content();
        ArticleSplit split = ArticleSplit.of(c.body(), jumpAfter);
        heading(article, c.title(), "18pt");
        photos.lead(article, edition.language()).ifPresent(photo -> photo(photo, cover));
        cover = false;
        MarkdownFo.write(split.first(), fo, type, id -> photos.inline(id, edition.language()), labels);
        if (split.jumps()) {
            Jump jump = new Jump(jumps.size() + 1, article, split);
            jumps.add(jump);
            fo.start(
                    "block",
                    "id",
                    "cut-" + jump.n(),
                    "font-family",
                    type.headings(),
                    "font-style",
                    "italic",
                    "font-size",
                    "0.9em",
                    "text-align",
                    "end",
                    "keep-with-previous.within-column",
                    "always");
            withCitation(
                    labels.t("print.continuedOn", MARKER),
                    () -> fo.empty("page-number-citation", "ref-id", "jump-" + jump.n()));
            fo.end();
        }
        fo.empty("block", "span", "none", "space-after", "3mm", "border-bottom", "0.5pt solid #999999");
    }

    /**
     * A lead photo at the column's width (across all columns for the edition's first article), in proportion,
     * with its caption and credit in a small italic line below.
     */
    private void photo(PrintPhotos.Photo photo, boolean acrossColumns) {
        fo.start(
                "block",
                "span",
                acrossColumns ? "all" : "none",
                "space-after",
                "2.5mm",
                "keep-together.within-page",
                "always",
                "keep-with-previous.within-page",
                "always");
        PrintedPhoto.write(fo, type, photo, labels);
        fo.end();
    }

    /** Kind, headline, standfirst, byline and origin, across all columns. */
    private void heading(Article article, String title, String headlineSize) {
        ArticleContent c = article.content();
        fo.start(
                "block",
                "span",
                "all",
                "space-before",
                "2mm",
                "padding-bottom",
                "2mm",
                "keep-with-next.within-page",
                "always");
        fo.block(
                labels.kind(c.kind()),
                "font-family",
                type.headings(labels.kind(c.kind())),
                "font-size",
                "8pt",
                "font-weight",
                "bold",
                "color",
                "#b00000");
        fo.block(
                title,
                "font-family",
                type.headings(title),
                "font-weight",
                "bold",
                "font-size",
                headlineSize,
                "line-height",
                "1.15");
        if (!c.standfirst().isEmpty()) {
            fo.block(
                    c.standfirst(),
                    "font-family",
                    type.body(c.standfirst()),
                    "font-style",
                    "italic",
                    "font-size",
                    "11pt",
                    "space-before",
                    "1mm");
        }
        fo.block(byline(c), "font-family", type.headings(byline(c)), "font-size", "8pt", "space-before", "1mm");
        if (c.kind().isReproduced() && c.originalAuthor() != null && c.originalDate() != null) {
            String origin = labels.t("print.origin", c.originalAuthor(), labels.date(c.originalDate()));
            fo.block(origin, "font-family", type.headings(origin), "font-size", "8pt", "font-style", "italic");
        }
        fo.end();
    }

    private String byline(ArticleContent c) {
        boolean placed = c.kind() == ArticleKind.REPORT && c.place() != null;
        return placed ? labels.t("print.byline.place", c.byline(), c.place()) : c.byline();
    }

    /** The rest of every long article, after everything else, each under its headline again. */
    private void continuations() {
        if (jumps.isEmpty()) {
            return;
        }
        fo.block(
                labels.t("print.jumps"),
                "span",
                "all",
                "break-before",
                "page",
                "font-family",
                type.headings(labels.t("print.jumps")),
                "font-weight",
                "bold",
                "font-size",
                "13pt",
                "color",
                "#ffffff",
                "background-color",
                "#000000",
                "padding",
                "1mm 2mm",
                "space-after",
                "3mm",
                "keep-with-next.within-page",
                "always");
        for (Jump jump : jumps) {
            fo.start("block", "id", "jump-" + jump.n(), "span", "all", "keep-with-next.within-page", "always");
            fo.block(
                    jump.article().content().title(),
                    "font-family",
                    type.headings(jump.article().content().title()),
                    "font-weight",
                    "bold",
                    "font-size",
                    "13pt");
            fo.start(
                    "block",
                    "font-family",
                    type.headings(),
                    "font-size",
                    "8pt",
                    "font-style",
                    "italic",
                    "space-after",
                    "1.5mm");
            withCitation(
                    labels.t("print.continuedFrom", MARKER),
                    () -> fo.empty("page-number-citation", "ref-id", "cut-" + jump.n()));
            fo.end();
            fo.end();
            MarkdownFo.write(jump.split().rest(), fo, type, id -> photos.inline(id, edition.language()), labels);
            fo.empty("block", "space-after", "3mm", "border-bottom", "0.5pt solid #999999");
        }
    }

    /** Writes a translated text whose placeholder is a page number FOP fills in. */
    private void withCitation(String text, Runnable citation) {
        int at = text.indexOf(MARKER);
        if (at < 0) {
            fo.text(text);
            return;
        }
        fo.text(text.substring(0, at));
        citation.run();
        fo.text(text.substring(at + MARKER.length()));
    }
}
