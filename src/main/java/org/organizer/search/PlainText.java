package org.organizer.search;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The words a reader sees in an article's Markdown: text, code and image descriptions, without markup.
 * Raw HTML is left out, as the sanitiser drops most of it from the page anyway.
 */
final class PlainText {

    private static final Parser PARSER = Parser.builder().build();

    private PlainText() {}

    static String of(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        PARSER.parse(markdown).accept(new Collector(out));
        return out.toString().strip();
    }

    private static final class Collector extends AbstractVisitor {
        private final StringBuilder out;

        Collector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock block) {
            out.append(block.getLiteral()).append('\n');
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            out.append(block.getLiteral()).append('\n');
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HtmlInline html) {}

        @Override
        public void visit(HtmlBlock html) {}

        @Override
        public void visit(Paragraph paragraph) {
            block(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            block(heading);
        }

        @Override
        public void visit(ListItem item) {
            block(item);
        }

        @Override
        public void visit(BlockQuote quote) {
            block(quote);
        }

        /** Blocks end a sentence, so that the highlighter's passages break between them. */
        private void block(Node node) {
            visitChildren(node);
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
