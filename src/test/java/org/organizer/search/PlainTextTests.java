package org.organizer.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

    @Test
    void markdownBecomesTheWordsAReaderSees() {
        String text = PlainText.of("## Port strike\n\nDockers **walk out** at [dawn](https://example.org).\n\n"
                + "- one\n- two\n\n<div onclick=\"x()\">raw html</div>\n\n`a < b`");

        assertThat(text)
                .contains("Port strike\n")
                .contains("Dockers walk out at dawn.")
                .contains("one\ntwo")
                .contains("a < b")
                .doesNotContain("**", "##", "https://", "onclick", "<div");
    }
}
