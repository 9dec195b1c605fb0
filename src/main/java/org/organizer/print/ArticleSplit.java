package org.organizer.print;

import java.util.List;
import org.commonmark.node.Node;

/**
 * Where a long article is cut. The rule: a body longer than {@code jumpAfter} characters of text is cut at
 * the first paragraph boundary (between two top-level blocks) after that many characters; what follows is
 * continued at the end of the edition. A rest shorter than {@link #MIN_REST} characters is not worth a jump,
 * so such an article is printed whole, as is one whose first paragraph alone is too long.
 *
 * @param first the blocks printed in the article's place
 * @param rest the blocks continued at the end, empty when the article does not jump
 */
record ArticleSplit(List<Node> first, List<Node> rest) {

    static final int MIN_REST = 300;

    static ArticleSplit of(String markdown, int jumpAfter) {
        List<Node> blocks = MarkdownFo.blocks(markdown);
        int total = blocks.stream().mapToInt(MarkdownFo::length).sum();
        int seen = 0;
        for (int i = 0; i < blocks.size() - 1; i++) {
            seen += MarkdownFo.length(blocks.get(i));
            if (seen >= jumpAfter) {
                if (total - seen < MIN_REST) {
                    break;
                }
                return new ArticleSplit(blocks.subList(0, i + 1), blocks.subList(i + 1, blocks.size()));
            }
        }
        return new ArticleSplit(blocks, List.of());
    }

    boolean jumps() {
        return !rest.isEmpty();
    }
}
