package org.organizer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The newsroom's photo pages: list, upload form, texts per language, and who may change what. */
@PressTest
class PhotoPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Photos photos;

    Actor correspondent;
    Actor otherCorrespondent;
    Actor editor;

    @BeforeEach
    void people() {
        correspondent = newsrooms.person(Role.CORRESPONDENT);
        otherCorrespondent = newsrooms.person(Role.CORRESPONDENT);
        editor = newsrooms.person(Role.EDITOR);
    }

    MvcTestResult upload(Actor actor, byte[] file, String caption) {
        return mvc.post()
                .uri("/admin/photos")
                .with(as(actor))
                .with(csrf())
                .multipart()
                .file(new MockMultipartFile("file", "picket.jpg", "image/jpeg", file))
                .param("language", "en")
                .param("caption", caption)
                .exchange();
    }

    PhotoId uploaded(Actor actor, String caption) {
        MvcTestResult result = upload(actor, TestImages.jpeg(TestImages.halves(700, 500)), caption);
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/photos/").endsWith("?notice=uploaded");
        return PhotoId.parse(location.substring("/admin/photos/".length(), location.indexOf('?')))
                .orElseThrow();
    }

    MvcTestResult saveText(Actor actor, PhotoId id, String language, String caption) {
        return mvc.post()
                .uri("/admin/photos/{id}/texts", id)
                .with(as(actor))
                .with(csrf())
                .param("language", language)
                .param("alt", "Workers holding a banner")
                .param("caption", caption)
                .param("credit", "Courier")
                .exchange();
    }

    @Test
    void aCorrespondentUploadsThroughTheFormAndSeesTheThumbnailInTheList() {
        String caption = Newsrooms.unique("Picket at the port gate");
        PhotoId id = uploaded(correspondent, caption);

        assertThat(mvc.get().uri("/admin/photos").with(as(correspondent)))
                .hasStatusOk()
                .bodyText()
                .contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"")
                .contains("src=\"/media/photos/" + id + "/480.jpg\"", caption);
        assertThat(mvc.get().uri("/admin/photos/{id}?notice=uploaded", id).with(as(correspondent)))
                .hasStatusOk()
                .bodyText()
                .contains("Location and camera data were removed", "/media/photos/" + id + "/700.jpg 700w");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri("/admin/photos")).hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/admin/photos")
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "a.jpg", "image/jpeg", TestImages.WEBP)))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedOnTheFormWithATranslatedMessage() {
        assertThat(mvc.post()
                        .uri("/admin/photos?lang=es")
                        .with(as(correspondent))
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "acta.jpg", "image/jpeg", "Acta de la asamblea".getBytes()))
                        .param("language", "es"))
                .hasStatus(400)
                .bodyText()
                .contains("Sube una imagen JPEG, PNG o WebP.");
    }

    @Test
    void correspondentsChangeTheTextsOfTheirOwnPhotosOnlyAndEditorsOfAnyPhoto() {
        PhotoId id = uploaded(correspondent, "Original caption");

        assertThat(mvc.get().uri("/admin/photos/{id}", id).with(as(otherCorrespondent)))
                .hasStatusOk()
                .bodyText()
                .contains("Only the person who uploaded this photo, or an editor, can change its texts.")
                .contains("readonly")
                .doesNotContain(">Save</button>");
        assertThat(saveText(otherCorrespondent, id, "en", "Hijacked")).hasStatus(403);
        assertThat(saveText(correspondent, id, "es", "Piquete en la puerta del puerto"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/admin/photos/" + id + "?notice=saved");
        assertThat(saveText(editor, id, "ar", "اعتصام عند بوابة الميناء")).hasStatus3xxRedirection();

        assertThat(photos.find(id, "en").orElseThrow().caption()).isEqualTo("Original caption");
        assertThat(photos.find(id, "es").orElseThrow().caption()).isEqualTo("Piquete en la puerta del puerto");
        assertThat(photos.find(id, "ar").orElseThrow().caption()).isEqualTo("اعتصام عند بوابة الميناء");
    }

    @Test
    void textsAreValidatedAndTheFormKeepsWhatWasTyped() {
        PhotoId id = uploaded(correspondent, "Caption");

        assertThat(saveText(correspondent, id, "fr", "Légende"))
                .hasStatus(400)
                .bodyText()
                .contains("Choose one of the languages of the publication.");
        assertThat(saveText(correspondent, id, "en", "c".repeat(1001)))
                .hasStatus(400)
                .bodyText()
                .contains("The caption can be at most 1,000 characters long.", "c".repeat(1001));
        assertThat(photos.find(id, "en").orElseThrow().caption()).isEqualTo("Caption");
    }

    @Test
    void anUploadOverTheServerLimitShowsTheFormAgainWithA413AndTheLimit() {
        MvcTestResult forwarded = mvc.post()
                .uri("/admin/photos")
                .with(as(correspondent))
                .with(PhotosApiTests.overTheUploadLimit())
                .exchange();
        assertThat(forwarded).hasForwardedUrl("/admin/photos");
        Object problem = forwarded.getRequest().getAttribute(UploadSizeFilter.TOO_LARGE);
        assertThat(problem).isInstanceOf(PhotoTooLarge.class);

        assertThat(mvc.get()
                        .uri("/admin/photos")
                        .with(as(correspondent))
                        .requestAttr(UploadSizeFilter.TOO_LARGE, problem))
                .hasStatus(413)
                .bodyText()
                .contains("The file is too large: a photo may have at most 20 MB.", "name=\"file\"");
    }
}
