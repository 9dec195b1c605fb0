package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void headingsListsEmphasisAndLinksAreRendered() {
        String html = Markdown.toSafeHtml("## Decisions\n\n- **5 December**\n- [call](https://example.org/call)");
        assertThat(html)
                .contains("<h2>Decisions</h2>")
                .contains("<li><strong>5 December</strong></li>")
                .contains("href=\"https://example.org/call\"");
    }

    @Test
    void scriptTagsAreRemoved() {
        assertThat(Markdown.toSafeHtml("Hello <script>alert(1)</script>\n\n<script>steal()</script>"))
                .doesNotContain("<script")
                .doesNotContain("steal()");
    }

    @Test
    void javascriptLinksLoseTheirAddress() {
        assertThat(Markdown.toSafeHtml("[click](javascript:alert(1)) <a href=\"JavaScript:alert(2)\">x</a>"))
                .doesNotContainIgnoringCase("javascript:");
    }

    @Test
    void eventHandlersAreRemovedFromImages() {
        String html = Markdown.toSafeHtml("<img src=\"x.png\" onerror=\"alert(1)\"> ![ok](https://example.org/a.png)");
        assertThat(html)
                .doesNotContain("onerror")
                .doesNotContain("alert")
                .contains("src=\"https://example.org/a.png\"");
    }

    @Test
    void imagesFromOtherSchemesAreDropped() {
        assertThat(Markdown.toSafeHtml("![a](data:image/png;base64,AAAA) <img src=\"mailto:a@b.c\">"))
                .doesNotContain("data:")
                .doesNotContain("mailto:");
    }

    @Test
    void mailtoLinksAreAllowed() {
        assertThat(Markdown.toSafeHtml("[write](mailto:desk@example.org)"))
                .contains("href=\"mailto:desk&#64;example.org\"");
    }

    @Test
    void styleAndIframeElementsAreRemoved() {
        assertThat(Markdown.toSafeHtml("<iframe src=\"https://e.org\"></iframe><p style=\"x\" onclick=\"y()\">t</p>"))
                .doesNotContain("iframe")
                .doesNotContain("style")
                .doesNotContain("onclick");
    }
}
