package org.organizer.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.organizer.media.PhotoId;
import org.organizer.press.Markdown;

/**
 * An article body's Markdown as simple XSL-FO: paragraphs, headings, lists, quotes, bold and italic. Photos
 * from the library ({@code ![](photo:<id>)}) are printed at the column's width with their caption and credit;
 * other images and raw HTML are left out of print; links keep their text.
 */
final class MarkdownFo {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownFo() {}

    /** The body's top-level blocks (paragraphs, headings, lists...), in order. */
    static List<Node> blocks(String markdown) {
        List<Node> blocks = new ArrayList<>();
        for (Node n = PARSER.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(n);
        }
        return blocks;
    }

    /** How many characters of text a block holds, markup left aside. */
    static int length(Node block) {
        return text(block).length();
    }

    /** A block's text, markup left aside. */
    static String text(Node block) {
        StringBuilder text = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    /** Writes the blocks without any photo. */
    static void write(List<Node> blocks, Fo fo, Typography type) {
        write(blocks, fo, type, id -> Optional.empty(), null);
    }

    /**
     * Writes the blocks with the library photos that {@code photos} finds (as files FOP may read, with texts
     * in the edition's language); {@code labels} words their credits.
     */
    static void write(
            List<Node> blocks,
            Fo fo,
            Typography type,
            Function<PhotoId, Optional<PrintPhotos.Photo>> photos,
            @Nullable PrintLabels labels) {
        Writer writer = new Writer(fo, type, photos, labels);
        blocks.forEach(b -> b.accept(writer));
    }

    private static final class Writer extends AbstractVisitor {

        private final Fo fo;
        private final Typography type;
        private final Function<PhotoId, Optional<PrintPhotos.Photo>> photos;
        private final @Nullable PrintLabels labels;

        Writer(
                Fo fo,
                Typography type,
                Function<PhotoId, Optional<PrintPhotos.Photo>> photos,
                @Nullable PrintLabels labels) {
            this.fo = fo;
            this.type = type;
            this.photos = photos;
            this.labels = labels;
        }

        @Override
        public void visit(Paragraph paragraph) {
            // Blocks of other modules embedded in articles ([[endorsers:…]]) show what is current on the
            // site; a printed edition cannot keep up with them, so print leaves them out.
            if (Markdown.isOnlyEmbeds(text(paragraph))) {
                return;
            }
            String family = type.body(text(paragraph));
            if (paragraph.getParent() instanceof ListItem) {
                fo.start("block", "font-family", family);
            } else {
                fo.start("block", "font-family", family, "space-after", "0.5em");
            }
            visitChildren(paragraph);
            fo.end();
        }

        @Override
        public void visit(Heading heading) {
            fo.start(
                    "block",
                    "font-family",
                    type.headings(text(heading)),
                    "font-weight",
                    "bold",
                    "font-size",
                    heading.getLevel() <= 2 ? "1.15em" : "1em",
                    "space-before",
                    "0.4em",
                    "space-after",
                    "0.25em",
                    "keep-with-next.within-column",
                    "always");
            visitChildren(heading);
            fo.end();
        }

        @Override
        public void visit(BulletList list) {
            list(list, null);
        }

        @Override
        public void visit(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            list(list, start == null ? 1 : start);
        }

        private void list(Node list, Integer start) {
            fo.start("list-block", "provisional-distance-between-starts", "1.4em", "space-after", "0.5em");
            int number = start == null ? 0 : start;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                fo.start("list-item", "space-after", "0.15em");
                fo.start("list-item-label", "end-indent", "label-end()");
                fo.block(start == null ? "•" : (number++) + ".");
                fo.end();
                fo.start("list-item-body", "start-indent", "body-start()");
                fo.start("block");
                visitChildren(item);
                fo.end();
                fo.end();
                fo.end();
            }
            fo.end();
        }

        @Override
        public void visit(BlockQuote quote) {
            fo.start(
                    "block",
                    "font-style",
                    "italic",
                    "start-indent",
                    "inherited-property-value(start-indent) + 1em",
                    "space-after",
                    "0.5em");
            visitChildren(quote);
            fo.end();
        }

        @Override
        public void visit(FencedCodeBlock code) {
            preformatted(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            preformatted(code.getLiteral());
        }

        private void preformatted(String text) {
            fo.block(
                    text.stripTrailing(),
                    "font-family",
                    type.headings(),
                    "font-size",
                    "0.85em",
                    "linefeed-treatment",
                    "preserve",
                    "white-space-collapse",
                    "false",
                    "wrap-option",
                    "wrap",
                    "space-after",
                    "0.5em");
        }

        @Override
        public void visit(ThematicBreak rule) {
            fo.start("block", "text-align", "center", "space-after", "0.5em");
            fo.empty("leader", "leader-pattern", "rule", "leader-length", "30%", "rule-thickness", "0.5pt");
            fo.end();
        }

        @Override
        public void visit(Emphasis emphasis) {
            fo.start("inline", "font-style", "italic");
            visitChildren(emphasis);
            fo.end();
        }

        @Override
        public void visit(StrongEmphasis strong) {
            fo.start("inline", "font-weight", "bold");
            visitChildren(strong);
            fo.end();
        }

        @Override
        public void visit(Code code) {
            fo.start("inline", "font-family", type.headings(), "font-size", "0.9em")
                    .text(code.getLiteral())
                    .end();
        }

        @Override
        public void visit(Text text) {
            fo.text(text.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            fo.text(" ");
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            fo.empty("block");
        }

        /** Only photos from the library are printed: FOP never fetches an address a writer typed. */
        @Override
        public void visit(Image image) {
            Markdown.photoId(image.getDestination()).flatMap(photos).ifPresent(this::figure);
        }

        /** The photo across the column, in proportion, with its caption and credit in a small italic line. */
        private void figure(PrintPhotos.Photo photo) {
            fo.start("block", "space-before", "1mm", "space-after", "2.5mm", "keep-together.within-column", "always");
            PrintedPhoto.write(fo, type, photo, labels);
            fo.end();
        }

        @Override
        public void visit(HtmlBlock html) {
            // Raw HTML has no place on paper.
        }

        @Override
        public void visit(HtmlInline html) {
            // Raw HTML has no place on paper.
        }
    }
}
