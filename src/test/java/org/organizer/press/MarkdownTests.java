package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.organizer.media.PhotoId;
import org.organizer.media.PhotoView;

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
    void imagesOfOtherAddressesBecomePlainLinksAndRawImagesAreDropped() {
        String html = Markdown.toSafeHtml("<img src=\"x.png\" onerror=\"alert(1)\"> ![ok](https://example.org/a.png)"
                + "\n\n![](//tracker.example.net/p.gif) <img src=\"/media/photos/a/480.jpg\">");
        assertThat(html)
                .doesNotContain("<img")
                .doesNotContain("onerror")
                .doesNotContain("alert")
                .contains("<a href=\"https://example.org/a.png\" rel=\"noopener noreferrer\">ok</a>")
                .contains("href=\"//tracker.example.net/p.gif\"");
    }

    @Test
    void aLibraryPhotoOnItsOwnParagraphBecomesAFigurePartWithTheAltTextWritten() {
        PhotoId id = PhotoId.random();
        PhotoView view = new PhotoView(
                id, "/media/photos/" + id + "/960.jpg", "", 960, 640, 1, "Own alt", "Caption", "Credit", "en");
        List<BodyPart> parts = Markdown.parts(
                "Before.\n\n![Dockers at the gate](photo:" + id + ")\n\n> ![](photo:" + id + ")\n\nAfter.",
                found -> found.equals(id) ? Optional.of(view) : Optional.empty());

        assertThat(parts).hasSize(5);
        assertThat(parts.get(0).html()).contains("<p>Before.</p>");
        assertThat(parts.get(1).photo()).isNotNull();
        assertThat(parts.get(1).photo().alt()).isEqualTo("Dockers at the gate");
        assertThat(parts.get(2).html()).contains("<blockquote>");
        assertThat(parts.get(3).photo().alt()).isEqualTo("Own alt");
        assertThat(parts.get(4).html()).contains("</blockquote>").contains("<p>After.</p>");
        assertThat(String.join(
                        "",
                        parts.stream()
                                .filter(p -> !p.isPhoto())
                                .map(BodyPart::html)
                                .toList()))
                .doesNotContain("photo:")
                .doesNotContain("organizer-photo");
    }

    @Test
    void anUnknownLibraryPhotoOrOneInsideASentenceLeavesNothing() {
        String id = PhotoId.random().toString();
        List<BodyPart> parts = Markdown.parts(
                "![x](photo:" + id + ")\n\nText ![y](photo:" + id + ") more.", found -> Optional.empty());

        assertThat(parts).noneMatch(BodyPart::isPhoto);
        assertThat(parts).singleElement().extracting(p -> p.html().strip()).isEqualTo("<p>Text  more.</p>");
        assertThat(Markdown.photoReferences("![x](photo:" + id + ") ![](photo:nonsense) ![](https://e.org/a.png)"))
                .containsExactly(id, "nonsense");
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

    @Test
    void anEmbedLineOnAParagraphOfItsOwnIsReplacedByTheBlockItsModuleRendersAndLeavesNothingElsewhere() {
        String markdown = "Before.\n\n[[endorsers:general-strike]]\n\nIn a sentence [[endorsers:other]] stays text.";
        List<BodyPart> parts = Markdown.parts(
                markdown,
                id -> Optional.empty(),
                embed -> Optional.of("<section>" + embed.name() + "/" + embed.argument() + "</section>"));

        assertThat(parts).extracting(BodyPart::html).hasSize(3);
        assertThat(parts.get(0).html()).contains("<p>Before.</p>");
        assertThat(parts.get(1).html()).isEqualTo("<section>endorsers/general-strike</section>");
        assertThat(parts.get(2).html()).contains("In a sentence [[endorsers:other]] stays text.");
        assertThat(Markdown.embeds(markdown)).containsExactly(new Markdown.Embed("endorsers", "general-strike"));
        assertThat(Markdown.toSafeHtml(markdown))
                .doesNotContain("general-strike")
                .contains("stays text");
    }
}
