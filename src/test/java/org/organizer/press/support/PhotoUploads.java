package org.organizer.press.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;

import org.organizer.accounts.Actor;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Uploads a photo through the real API, as a newsroom member would, for tests of what photos feed into. */
public final class PhotoUploads {

    private PhotoUploads() {}

    /** Returns the new photo's id; the caption doubles as alt text, an empty credit is left out. */
    public static String upload(
            MockMvcTester mvc, Actor actor, byte[] jpeg, String language, String caption, String credit) {
        var request = mvc.post()
                .uri("/api/v1/media")
                .with(as(actor))
                .multipart()
                .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", jpeg))
                .param("language", language)
                .param("alt", caption)
                .param("caption", caption);
        if (!credit.isEmpty()) {
            request = request.param("credit", credit);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(201);
        return result.getResponse().getHeader("Location").substring("/api/v1/media/".length());
    }
}
