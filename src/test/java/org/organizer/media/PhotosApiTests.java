package org.organizer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;

import java.util.ArrayList;
import java.util.Collection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The photos API, serving the stored files, and the facade other modules use. */
@PressTest
class PhotosApiTests {

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

    MvcTestResult upload(Actor actor, String caption) {
        return mvc.post()
                .uri("/api/v1/media")
                .with(as(actor))
                .multipart()
                .file(new MockMultipartFile(
                        "file", "march.jpg", "image/jpeg", TestImages.jpeg(TestImages.halves(1200, 800))))
                .param("language", "es")
                .param("caption", caption)
                .param("credit", "Foto: corresponsal")
                .exchange();
    }

    PhotoId uploaded(Actor actor) {
        MvcTestResult result = upload(actor, "Marcha en Roma el 30 de diciembre");
        assertThat(result).hasStatus(201);
        return PhotoId.parse(result.getResponse().getHeader("Location").substring("/api/v1/media/".length()))
                .orElseThrow();
    }

    MvcTestResult putText(Actor actor, PhotoId id, String language, String json) {
        return mvc.put()
                .uri("/api/v1/media/{id}/texts/{language}", id, language)
                .with(as(actor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    @Test
    void aCorrespondentUploadsAndAnyoneReadsThePublicMetadata() throws Exception {
        PhotoId id = uploaded(correspondent);

        MvcTestResult result = mvc.get().uri("/api/v1/media/{id}", id).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.width").isEqualTo(1200);
        assertThat(result).bodyJson().extractingPath("$.height").isEqualTo(800);
        assertThat(result).bodyJson().extractingPath("$.src").isEqualTo("/media/photos/" + id + "/960.jpg");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.srcset")
                .isEqualTo("/media/photos/%1$s/480.jpg 480w, /media/photos/%1$s/960.jpg 960w,".formatted(id)
                        + " /media/photos/%s/1200.jpg 1200w".formatted(id));
        assertThat(result)
                .bodyJson()
                .extractingPath("$.texts[0].caption")
                .isEqualTo("Marcha en Roma el 30 de diciembre");
        assertThat(result.getResponse().getContentAsString())
                .as("who uploaded a photo is not public")
                .doesNotContain(correspondent.email(), correspondent.id().toString());
    }

    @Test
    void uploadingNeedsATokenAndUnknownPhotosAreNotFound() {
        assertThat(mvc.post()
                        .uri("/api/v1/media")
                        .multipart()
                        .file(new MockMultipartFile("file", "a.jpg", "image/jpeg", TestImages.WEBP)))
                .hasStatus(401)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/media/{id}", PhotoId.random())).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/media/not-a-photo")).hasStatus(404);
    }

    @Test
    void onlyTheUploaderOrAnEditorChangesThePhotoTexts() {
        PhotoId id = uploaded(correspondent);
        String text = "{\"alt\":\"Dockers block the port gate\",\"caption\":\"Genoa\",\"credit\":\"Courier\"}";

        assertThat(putText(otherCorrespondent, id, "en", text)).hasStatus(403);
        assertThat(putText(correspondent, id, "en", text)).hasStatusOk();
        assertThat(putText(editor, id, "ar", "{\"caption\":\"جنوة\"}")).hasStatusOk();
        assertThat(putText(editor, id, "fr", text))
                .as("not a publication language")
                .hasStatus(400);
        assertThat(putText(editor, id, "en", "{\"credit\":\"" + "x".repeat(201) + "\"}"))
                .hasStatus(400);

        assertThat(photos.find(id, "en").orElseThrow().alt()).isEqualTo("Dockers block the port gate");
    }

    @Test
    void theFacadeGivesTextsInTheReadersLanguageOrTheFirstPublicationLanguageThatHasThem() {
        PhotoId id = uploaded(correspondent);
        assertThat(putText(correspondent, id, "en", "{\"alt\":\"A march\",\"caption\":\"Rome\",\"credit\":\"C\"}"))
                .hasStatusOk();

        PhotoView spanish = photos.find(id, "es").orElseThrow();
        PhotoView arabic = photos.find(id, "ar").orElseThrow();

        assertThat(spanish.caption()).isEqualTo("Marcha en Roma el 30 de diciembre");
        assertThat(spanish.language()).isEqualTo("es");
        assertThat(arabic.caption())
                .as("falls back to English, the first language")
                .isEqualTo("Rome");
        assertThat(arabic.language()).isEqualTo("en");
        assertThat(arabic.src()).isEqualTo("/media/photos/" + id + "/960.jpg");
        assertThat(arabic.width()).isEqualTo(960);
        assertThat(arabic.height()).isEqualTo(640);
        assertThat(arabic.srcset()).contains("/480.jpg 480w", "/1200.jpg 1200w");
        assertThat(photos.find(PhotoId.random(), "en")).isEmpty();
    }

    @Test
    void storedFilesAreServedToAnyoneAndCachedForAYear() {
        PhotoId id = uploaded(correspondent);

        MvcTestResult file = mvc.get().uri("/media/photos/{id}/480.jpg", id).exchange();

        assertThat(file).hasStatusOk().hasContentType(MediaType.IMAGE_JPEG);
        assertThat(file).headers().hasValue("Cache-Control", "public, max-age=31536000, immutable");
        String etag = file.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(file.getResponse().getContentAsByteArray()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(mvc.get().uri("/media/photos/{id}/480.jpg", id).header("If-None-Match", etag))
                .hasStatus(304);
    }

    @Test
    void unknownFilesAreNotFound() {
        PhotoId id = uploaded(correspondent);
        assertThat(mvc.get().uri("/media/photos/{id}/640.jpg", id)).hasStatus(404);
        assertThat(mvc.get().uri("/media/photos/{id}/480.png", id)).hasStatus(404);
        assertThat(mvc.get().uri("/media/photos/{id}/480.gif", id)).hasStatus(404);
        assertThat(mvc.get().uri("/media/photos/{id}/480.jpg", PhotoId.random()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/media/photos/..%2F..%2Fpostgres/480.jpg")).hasStatus4xxClientError();
    }

    @Test
    void anUploadOverTheServerLimitIsAClear413ProblemDetail() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/media")
                .with(as(correspondent))
                .with(overTheUploadLimit())
                .exchange();

        assertThat(result).hasStatus(413).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("at most 20 MB");
    }

    /**
     * The servlet container enforces {@code spring.servlet.multipart.max-file-size} while parsing the body;
     * MockMvc does not parse, so the request fails the way Jetty's does (checked by hand against Jetty:
     * an {@code IllegalStateException} "max file size exceeded" under the parse failure).
     */
    static RequestPostProcessor overTheUploadLimit() {
        return request -> {
            MockHttpServletRequest tooLarge =
                    new MockHttpServletRequest(request.getServletContext(), "POST", request.getRequestURI()) {
                        @Override
                        public Collection<jakarta.servlet.http.Part> getParts() {
                            throw new IllegalStateException("max file size exceeded: 20971520");
                        }
                    };
            tooLarge.setContentType("multipart/form-data; boundary=x");
            java.util.Collections.list(request.getAttributeNames())
                    .forEach(name -> tooLarge.setAttribute(name, request.getAttribute(name)));
            new ArrayList<>(java.util.Collections.list(request.getHeaderNames()))
                    .forEach(name -> tooLarge.addHeader(name, request.getHeader(name)));
            tooLarge.setCookies(request.getCookies());
            return tooLarge;
        };
    }
}
