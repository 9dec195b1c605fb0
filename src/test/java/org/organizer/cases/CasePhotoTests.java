package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class CasePhotoTests {

    static final String PLANTED = "PLANTED-GPS-51.5074N-camera-owner";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    Actor admin;
    Actor worker;
    CaseSummary file;
    UUID person;

    @BeforeEach
    void aPublicCaseWithAPerson() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        worker = newsrooms.person(Role.CORRESPONDENT);
        file = cases.open(admin, "PE", "DETAINED", "en", Newsrooms.unique("Photo case summary"));
        cases.addTeamMember(admin, file.id(), worker.email());
        cases.removeTeamMember(admin, file.id(), admin.id().value());
        person = cases.addPerson(
                worker, file.id(), "VICTIM", null, Newsrooms.unique("Fictional Photographed"), null, null, null, null);
        cases.setField(worker, file.id(), "CASE", file.id(), "court", null, "Fictional public court");
        cases.setVisibility(worker, file.id(), "CASE", file.id(), "court", null, "PUBLIC");
    }

    @Test
    void anUploadedPhotoLosesItsMetadataIsSealedAtRestAndIsSeenByTheCaseTeamOnly() throws IOException {
        UUID photo = upload();

        String stored = jdbc.sql("SELECT sealed FROM case_photo WHERE id = ?")
                .param(photo)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:test-2026:");
        assertThat(jdbc.sql("SELECT count(*) FROM photo WHERE id = ?")
                        .param(photo)
                        .query(Long.class)
                        .single())
                .as("not in the media library")
                .isZero();

        MvcTestResult image = mvc.get().uri(adminImage(photo)).with(as(worker)).exchange();
        assertThat(image).hasStatusOk().hasContentType("image/jpeg").hasHeader("Cache-Control", "private, no-store");
        byte[] bytes = image.getResponse().getContentAsByteArray();
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(PLANTED);
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).isEqualTo(640);
        assertThat(mvc.get().uri("/admin/cases/" + file.id()).with(as(worker)))
                .bodyText()
                .contains(adminImage(photo));

        assertThat(mvc.get().uri(adminImage(photo))).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(adminImage(photo)).with(as(newsrooms.person(Role.EDITOR))))
                .hasStatus(403);
        assertThat(mvc.get().uri(adminImage(photo)).with(as(admin)))
                .as("administrators outside the team do not see case-team photos")
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/cases/" + file.id()).with(as(admin)))
                .bodyText()
                .doesNotContain(photo.toString());
        assertThat(mvc.get().uri("/media/photos/" + photo + "/640.jpg")).hasStatus(404);
        assertThat(mvc.get().uri(publicImage(photo))).hasStatus(404);
        assertThat(jdbc.sql("SELECT count(*) FROM case_access_log WHERE case_id = ? AND fields = 'PERSON.photo'")
                        .param(file.id())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void thePublicSeesAPublicPhotoOnlyWhileThePhotoConsentStands() throws IOException {
        UUID photo = upload();
        assertThat(post("/admin/cases/" + file.id() + "/photos/" + photo + "/visibility", "visibility", "PUBLIC"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/en/cases/" + file.slug()))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(photo.toString());
        assertThat(mvc.get().uri(publicImage(photo))).hasStatus(404);

        UUID consent = cases.recordConsent(
                worker,
                file.id(),
                person,
                "PHOTO",
                "FAMILY",
                LocalDate.now().minusDays(1).toString());
        assertThat(mvc.get().uri("/en/cases/" + file.slug()))
                .hasStatusOk()
                .bodyText()
                .contains(publicImage(photo));
        assertThat(mvc.get().uri(publicImage(photo)))
                .hasStatusOk()
                .hasContentType("image/jpeg")
                .hasHeader("Cache-Control", "public, max-age=60");

        assertThat(post("/admin/cases/" + file.id() + "/consents/" + consent + "/withdraw"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/en/cases/" + file.slug()))
                .as("the cached page was dropped at once")
                .hasStatusOk()
                .bodyText()
                .doesNotContain(photo.toString());
        assertThat(mvc.get().uri(publicImage(photo))).hasStatus(404);
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedWithATranslatedMessage() {
        assertThat(mvc.post()
                        .uri("/admin/cases/" + file.id() + "/persons/" + person + "/photos")
                        .with(as(worker))
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "notes.jpg", "image/jpeg", "not a photo".getBytes())))
                .hasStatus(400)
                .bodyText()
                .containsAnyOf("not a photo Organizer can use", "damaged or incomplete");
        assertThat(jdbc.sql("SELECT count(*) FROM case_photo WHERE person_id = ?")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mvc.post()
                        .uri("/admin/cases/" + file.id() + "/persons/" + person + "/photos")
                        .with(as(newsrooms.person(Role.EDITOR)))
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "p.jpg", "image/jpeg", jpegWithComment())))
                .hasStatus(403);
    }

    private UUID upload() {
        assertThat(mvc.post()
                        .uri("/admin/cases/" + file.id() + "/persons/" + person + "/photos")
                        .with(as(worker))
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "IMG_1.jpg", "image/jpeg", jpegWithComment())))
                .hasStatus3xxRedirection();
        return jdbc.sql("SELECT id FROM case_photo WHERE person_id = ? ORDER BY uploaded_at DESC LIMIT 1")
                .param(person)
                .query(UUID.class)
                .single();
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(as(worker)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String adminImage(UUID photo) {
        return "/admin/cases/" + file.id() + "/photos/" + photo;
    }

    private String publicImage(UUID photo) {
        return "/en/cases/" + file.slug() + "/photos/" + photo;
    }

    /** A JPEG with a comment segment holding planted text, as cameras and phones write metadata. */
    static byte[] jpegWithComment() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 320, 480);
        g.dispose();
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", plain);
            byte[] jpeg = plain.toByteArray();
            byte[] text = PLANTED.getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2);
            out.write(0xFF);
            out.write(0xFE);
            out.write((text.length + 2) >> 8);
            out.write((text.length + 2) & 0xFF);
            out.write(text);
            out.write(jpeg, 2, jpeg.length - 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
