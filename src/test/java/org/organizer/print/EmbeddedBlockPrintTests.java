package org.organizer.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedBlockPrintTests {

    @Test
    void anEmbeddedBlockLineIsLeftOutOfThePrintedTextAndTheParagraphsAroundItAreKept() {
        Fo fo = new Fo().start("flow");
        MarkdownFo.write(
                MarkdownFo.blocks("Before.\n\n[[endorsers:general-strike]]\n\nIn a sentence [[endorsers:x]] stays."),
                fo,
                Typography.forLanguage("en"));
        String printed = fo.end().finish();

        assertThat(printed)
                .contains("Before.", "In a sentence [[endorsers:x]] stays.")
                .doesNotContain("general-strike");
    }
}
