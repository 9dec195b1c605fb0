package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class LeadPhotoTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    Actor editor;
    Actor correspondent;

    @BeforeEach
    void people() {
        editor = newsrooms.person(Role.EDITOR);
        correspondent = newsrooms.person(Role.CORRESPONDENT);
    }

    @Test
    void aPublishedArticleShowsItsLeadPhotoWithTheCaptionInTheReadersLanguage() throws IOException {
        String photo = upload("Dockers at the gate of the port", "en");
        assertThat(mvc.put()
                        .uri("/api/v1/media/{id}/texts/es", photo)
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alt\":\"Estibadores\",\"caption\":\"Estibadores ante la puerta del puerto\"}"))
                .hasStatusOk();
        Article english = newsrooms.published(editor, "en", unique("Dockers picket"));
        assertThat(setLeadPhoto(editor, english, "\"" + photo + "\"")).hasStatusOk();

        assertThat(mvc.get().uri(english.path()))
                .hasStatusOk()
                .bodyText()
                .contains("<figure class=\"photo\">")
                .contains("srcset=\"/media/photos/" + photo + "/480.jpg 480w")
                .contains("Dockers at the gate of the port")
                .contains("<meta property=\"og:image\" content=\"http://localhost:8080/media/photos/" + photo)
                .contains("summary_large_image");
        assertThat(mvc.get().uri("/en/feed.rss"))
                .hasStatusOk()
                .bodyText()
                .containsPattern("<enclosure url=\"http://localhost:8080/media/photos/" + photo
                        + "/\\d+\\.jpg\" length=\"[1-9]\\d*\" type=\"image/jpeg\"");

        Newsroom newsroom = newsrooms.newsroom();
        Article spanish = newsroom.addTranslation(
                editor,
                english.id(),
                "es",
                ArticleContent.of(
                        unique("Piquete de estibadores"), "", "Texto", "Redacción", "IT", LocalDate.now(), null));
        newsroom.publish(editor, spanish.id());
        assertThat(mvc.get().uri(newsroom.publishedArticle(spanish.id()).path()))
                .hasStatusOk()
                .bodyText()
                .contains("Estibadores ante la puerta del puerto")
                .doesNotContain("Dockers at the gate of the port");
    }

    @Test
    void aCorrespondentCannotChangeTheLeadPhotoOfSomeoneElsesArticle() throws IOException {
        String photo = upload("A march", "en");
        Article article = newsrooms.draft(editor, "en", unique("Not yours"));
        assertThat(setLeadPhoto(correspondent, article, "\"" + photo + "\"")).hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/articles/{id}/lead-photo", article.id())
                        .with(as(editor)))
                .bodyJson()
                .doesNotHavePath("$.photoId");
    }

    @Test
    void anUnknownPhotoIsRefusedAndNullRemovesTheLeadPhoto() throws IOException {
        Article article = newsrooms.draft(editor, "en", unique("Photo later"));
        assertThat(setLeadPhoto(editor, article, "\"" + java.util.UUID.randomUUID() + "\""))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);

        String photo = upload("Assembly", "en");
        assertThat(setLeadPhoto(editor, article, "\"" + photo + "\"")).hasStatusOk();
        assertThat(setLeadPhoto(editor, article, "null"))
                .hasStatusOk()
                .bodyJson()
                .doesNotHavePath("$.photoId");
    }

    @Test
    void theArticleFormOffersRecentPhotosAsLeadPhoto() throws IOException {
        String photo = upload("Strike committee", "en");
        Article article = newsrooms.draft(editor, "en", unique("With a choice"));
        assertThat(mvc.get().uri("/admin/articles/{id}", article.id()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("action=\"/admin/articles/" + article.id() + "/lead-photo\"")
                .contains("<option value=\"" + photo + "\"");
        assertThat(
                        mvc.post()
                                .uri("/admin/articles/{id}/lead-photo", article.id())
                                .with(as(editor))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("photo", photo))
                .hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/api/v1/articles/{id}/lead-photo", article.id())
                        .with(as(editor)))
                .bodyJson()
                .extractingPath("$.photoId")
                .isEqualTo(photo);
    }

    private MvcTestResult setLeadPhoto(Actor actor, Article article, String photoIdJson) {
        return mvc.put()
                .uri("/api/v1/articles/{id}/lead-photo", article.id())
                .with(as(actor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"photoId\":" + photoIdJson + "}")
                .exchange();
    }

    private String upload(String caption, String language) throws IOException {
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 900, 300);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        return PhotoUploads.upload(mvc, editor, jpeg.toByteArray(), language, caption, "");
    }
}
