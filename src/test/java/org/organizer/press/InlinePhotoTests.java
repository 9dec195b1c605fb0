package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PhotoUploads;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Photos from the library in an article's text: {@code ![](photo:<id>)} on a paragraph of its own. */
@PressTest
class InlinePhotoTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    Actor editor;

    @BeforeEach
    void people() {
        editor = newsrooms.person(Role.EDITOR);
    }

    @Test
    void aSpanishArticleShowsItsBodyPhotoAsAFigureWithSrcsetAndTheSpanishCaptionAndCredit() throws IOException {
        String photo = upload("Dockers at the gate of the port", "Ana Ruiz");
        assertThat(mvc.put()
                        .uri("/api/v1/media/{id}/texts/es", photo)
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alt\":\"Estibadores\",\"caption\":\"Estibadores ante la puerta del puerto\","
                                + "\"credit\":\"Ana Ruiz\"}"))
                .hasStatusOk();
        Article spanish = publish("es", "Primer párrafo.\n\n![](photo:" + photo + ")\n\nSegundo párrafo.");

        assertThat(mvc.get().uri(spanish.path()))
                .hasStatusOk()
                .bodyText()
                .contains("<p>Primer párrafo.</p>")
                .contains("<figure class=\"photo\">")
                .contains("srcset=\"/media/photos/" + photo + "/480.jpg 480w")
                .contains("sizes=\"(min-width: 44rem) 42rem, 100vw\"")
                .contains("loading=\"lazy\"")
                .contains("alt=\"Estibadores\"")
                .contains("<figcaption lang=\"es\" dir=\"auto\">Estibadores ante la puerta del puerto")
                .contains("Foto: Ana Ruiz")
                .contains("<p>Segundo párrafo.</p>")
                .doesNotContain("Dockers at the gate of the port")
                .doesNotContain("photo:");
    }

    @Test
    void altTextWrittenInTheBodyReplacesThePhotosOwn() throws IOException {
        String photo = upload("A march", "");
        Article article = publish("en", "![Thousands march to the port](photo:" + photo + ")");

        assertThat(mvc.get().uri(article.path()))
                .hasStatusOk()
                .bodyText()
                .contains("alt=\"Thousands march to the port\"")
                .contains(">A march</figcaption>");
    }

    @Test
    void imagesFromOtherHostsOnlyBecomeLinksSoThePageRequestsNothingElsewhere() {
        Article article = publish(
                "en",
                "![pixel](https://tracker.example.net/p.gif)\n\n![](//cdn.example.net/a.png)\n\n"
                        + "<img src=\"https://evil.example.org/x.png\"> <img src=\"/media/photos/x/480.jpg\">");

        assertThat(mvc.get().uri(article.path()))
                .hasStatusOk()
                .bodyText()
                .doesNotContainPattern("<(img|source|iframe|script)[^>]+(src|srcset)=\"(https?:)?//")
                .doesNotContain("evil.example.org")
                .doesNotContain("/media/photos/x/")
                .contains("<a href=\"https://tracker.example.net/p.gif\" rel=\"noopener noreferrer\">pixel</a>");
    }

    @Test
    void aBodyEmbeddingAnUnknownPhotoIsRefusedOnSaveWithAClearMessage() throws IOException {
        String unknown = UUID.randomUUID().toString();
        Article article = newsrooms.draft(editor, "en", unique("Photo to come"));

        assertThat(mvc.post()
                        .uri("/admin/articles/{id}", article.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("title", article.content().title())
                        .param("body", "Text.\n\n![](photo:" + unknown + ")")
                        .param("byline", "Editorial Board")
                        .param("country", "IT")
                        .param("dateline", "2026-11-03"))
                .hasStatusOk()
                .bodyText()
                .contains("The text embeds a photo that is not in the photo library");
        assertThat(newsrooms.newsroom().article(editor, article.id()).content().body())
                .doesNotContain(unknown);
        assertThatThrownBy(() ->
                        newsrooms.newsroom().create(editor, "en", content(unique("Bad id"), "![](photo:not-a-photo)")))
                .isInstanceOf(InvalidArticle.class)
                .extracting(e -> ((InvalidArticle) e).errors())
                .isEqualTo(java.util.List.of("press.article.error.bodyPhoto"));

        String photo = upload("Assembly", "");
        assertThat(mvc.post()
                        .uri("/admin/articles/{id}", article.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("title", article.content().title())
                        .param("body", "Text.\n\n![](photo:" + photo + ")")
                        .param("byline", "Editorial Board")
                        .param("country", "IT")
                        .param("dateline", "2026-11-03"))
                .hasStatus3xxRedirection();
    }

    @Test
    void theArticleFormShowsHowToEmbedRecentPhotos() throws IOException {
        String photo = upload("Strike committee", "");

        assertThat(mvc.get().uri("/admin/articles/new").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("<summary>Photos in the text</summary>")
                .contains("<code>![](photo:" + photo + ")</code>");
    }

    private Article publish(String language, String body) {
        Newsroom newsroom = newsrooms.newsroom();
        Article draft = newsroom.create(editor, language, content(unique("Inline photo"), body));
        return newsroom.publish(editor, draft.id());
    }

    private static ArticleContent content(String title, String body) {
        return ArticleContent.of(title, "", body, "Editorial Board", "IT", LocalDate.of(2026, 11, 3), null);
    }

    private String upload(String caption, String credit) throws IOException {
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 900, 300);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        return PhotoUploads.upload(mvc, editor, jpeg.toByteArray(), "en", caption, credit);
    }
}
