package org.organizer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.platform.PlatformProperties;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What happens to an uploaded file: metadata gone, sizes made, bad files refused without leftovers. */
@PressTest
class PhotoIngestTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    PlatformProperties platform;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Photos photos;

    Actor correspondent;

    @BeforeEach
    void people() {
        correspondent = newsrooms.person(Role.CORRESPONDENT);
    }

    MvcTestResult upload(byte[] file, String name) {
        return mvc.post()
                .uri("/api/v1/media")
                .with(as(correspondent))
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", file))
                .exchange();
    }

    PhotoId uploaded(byte[] file, String name) {
        MvcTestResult result = upload(file, name);
        assertThat(result).hasStatus(201);
        String id = result.getResponse().getHeader("Location").substring("/api/v1/media/".length());
        return PhotoId.parse(id).orElseThrow();
    }

    /** Every stored file of a photo, by file name. */
    Map<String, byte[]> storedFiles(PhotoId id) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths =
                Files.list(platform.filesDir().resolve("photos").resolve(id.toString()))) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    static BufferedImage decode(byte[] file) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(file));
    }

    @Test
    void aStrippedPhotoLosesItsMetadataAndIsStoredNowhere() throws IOException {
        byte[] fromPhone = TestImages.jpegFromAPhone(TestImages.halves(2000, 1000), 1);
        long photosBefore =
                jdbc.sql("SELECT count(*) FROM photo").query(Long.class).single();

        Photos.Stripped stripped = photos.strip(fromPhone, 1000);

        assertThat(stripped.width()).isEqualTo(960);
        assertThat(stripped.format()).isEqualTo(PhotoFormat.JPEG);
        assertThat(TestImages.jpegMarkers(stripped.bytes())).doesNotContain(0xE1, 0xE2, 0xED, 0xFE);
        assertThat(TestImages.contains(stripped.bytes(), TestImages.latitudeBytes()))
                .isFalse();
        assertThat(decode(stripped.bytes()).getWidth()).isEqualTo(960);
        assertThat(jdbc.sql("SELECT count(*) FROM photo").query(Long.class).single())
                .isEqualTo(photosBefore);
    }

    @Test
    void aPhoneJpegLosesItsExifGpsXmpAndCommentInEveryStoredSize() throws IOException {
        byte[] fromPhone = TestImages.jpegFromAPhone(TestImages.halves(2000, 1000), 1);
        assertThat(TestImages.jpegMarkers(fromPhone)).contains(0xE1, 0xFE);
        assertThat(TestImages.contains(fromPhone, "Exif\0\0")).isTrue();
        assertThat(TestImages.contains(fromPhone, "GPS")).isTrue();
        assertThat(TestImages.contains(fromPhone, TestImages.latitudeBytes())).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(fromPhone)))
                .as("the fixture is a valid JPEG")
                .isNotNull();

        Map<String, byte[]> stored = storedFiles(uploaded(fromPhone, "IMG_2041.jpg"));

        assertThat(stored).containsOnlyKeys("480.jpg", "960.jpg", "1600.jpg");
        stored.forEach((name, file) -> {
            assertThat(TestImages.jpegMarkers(file)).as(name).doesNotContain(0xE1, 0xE2, 0xED, 0xFE);
            assertThat(TestImages.contains(file, "Exif")).as(name).isFalse();
            assertThat(TestImages.contains(file, "GPS")).as(name).isFalse();
            assertThat(TestImages.contains(file, "http://ns.adobe.com"))
                    .as(name)
                    .isFalse();
            assertThat(TestImages.contains(file, TestImages.latitudeBytes()))
                    .as(name)
                    .isFalse();
        });
    }

    @Test
    void theExifOrientationIsAppliedToThePixelsBeforeItIsDropped() throws IOException {
        byte[] sideways = TestImages.jpegFromAPhone(TestImages.halves(400, 200), 6);

        BufferedImage upright =
                decode(storedFiles(uploaded(sideways, "turned.jpg")).get("200.jpg"));

        assertThat(upright.getWidth()).isEqualTo(200);
        assertThat(upright.getHeight()).isEqualTo(400);
        // A quarter turn clockwise puts the red left half on top and the blue right half below.
        assertThat(new Color(upright.getRGB(100, 50)).getRed()).isGreaterThan(200);
        assertThat(new Color(upright.getRGB(100, 350)).getBlue()).isGreaterThan(200);
    }

    @Test
    void aPngTextChunkIsGoneAndAnOpaquePngIsStoredAsJpeg() throws IOException {
        byte[] png = TestImages.pngWithText(TestImages.halves(300, 200));
        assertThat(TestImages.pngChunks(png)).contains("tEXt");

        Map<String, byte[]> stored = storedFiles(uploaded(png, "poster.png"));

        assertThat(stored).containsOnlyKeys("300.jpg");
        assertThat(TestImages.contains(stored.get("300.jpg"), "GPS")).isFalse();
        assertThat(TestImages.contains(stored.get("300.jpg"), "tEXt")).isFalse();
    }

    @Test
    void aPngWithTransparentPartsStaysPngWithNothingButImageChunks() throws IOException {
        BufferedImage logo = new BufferedImage(640, 320, BufferedImage.TYPE_INT_ARGB);
        var g = logo.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(0, 0, 320, 320);
        g.dispose();
        byte[] png = TestImages.pngWithText(logo);

        Map<String, byte[]> stored = storedFiles(uploaded(png, "logo.png"));

        assertThat(stored).containsOnlyKeys("480.png", "640.png");
        stored.forEach((name, file) -> {
            assertThat(TestImages.pngChunks(file)).as(name).containsOnly("IHDR", "IDAT", "IEND");
            assertThat(TestImages.contains(file, "GPS")).as(name).isFalse();
        });
        BufferedImage stored640 = decode(stored.get("640.png"));
        assertThat(stored640.getRGB(639, 319) >>> 24)
                .as("a transparent corner stays transparent")
                .isZero();
    }

    @Test
    void aWebpPhotoIsDecodedAndStoredAsJpeg() throws IOException {
        Map<String, byte[]> stored = storedFiles(uploaded(TestImages.WEBP, "tiny.webp"));

        assertThat(stored).containsOnlyKeys("1.jpg");
        assertThat(decode(stored.get("1.jpg")).getWidth()).isEqualTo(1);
    }

    @Test
    void sizesAreTheConfiguredWidthsBelowTheOriginalAndNeverLarger() throws IOException {
        Map<String, byte[]> wide = storedFiles(uploaded(TestImages.jpeg(TestImages.halves(2000, 1000)), "a.jpg"));
        Map<String, byte[]> medium = storedFiles(uploaded(TestImages.jpeg(TestImages.halves(1200, 900)), "b.jpg"));
        Map<String, byte[]> small = storedFiles(uploaded(TestImages.jpeg(TestImages.halves(300, 200)), "c.jpg"));

        assertThat(wide).containsOnlyKeys("480.jpg", "960.jpg", "1600.jpg");
        assertThat(decode(wide.get("1600.jpg")).getHeight()).isEqualTo(800);
        assertThat(decode(wide.get("480.jpg")).getHeight()).isEqualTo(240);
        assertThat(medium).containsOnlyKeys("480.jpg", "960.jpg", "1200.jpg");
        assertThat(decode(medium.get("1200.jpg")).getHeight()).isEqualTo(900);
        assertThat(small).as("no upscaling").containsOnlyKeys("300.jpg");
    }

    @Test
    void theFileNameDoesNotDecideTheFormat() throws IOException {
        Map<String, byte[]> stored = storedFiles(uploaded(TestImages.png(TestImages.halves(100, 50)), "holiday.jpg"));
        assertThat(stored).containsOnlyKeys("100.jpg");

        assertThat(upload("GIF89a but not really".getBytes(), "photo.jpg")).hasStatus(400);
    }

    @Test
    void filesThatAreNotUsablePhotosAreRefusedWithAClearMessageAndLeaveNothingBehind() throws IOException {
        Map<String, byte[]> refused = Map.of(
                "not an image", "Minutes of the strike committee".getBytes(),
                "truncated JPEG", TestImages.truncated(TestImages.jpeg(TestImages.halves(800, 600))),
                "truncated PNG", TestImages.truncated(TestImages.png(TestImages.halves(800, 600))),
                "decompression bomb", TestImages.pngBomb(),
                "empty file", new byte[0]);
        Map<String, String> messages = Map.of(
                "not an image", "not a photo Organizer can use",
                "truncated JPEG", "damaged or incomplete",
                "truncated PNG", "damaged or incomplete",
                "decompression bomb", "at most 50 megapixels and 12,000 pixels on each side",
                "empty file", "The file is empty");
        long rowsBefore = photoRows();
        List<String> directoriesBefore = photoDirectories();

        refused.forEach((what, file) -> assertThat(upload(file, "upload.jpg"))
                .as(what)
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains(messages.get(what)));

        assertThat(photoRows()).isEqualTo(rowsBefore);
        assertThat(photoDirectories()).isEqualTo(directoriesBefore);
    }

    private long photoRows() {
        return jdbc.sql("SELECT count(*) FROM photo").query(Long.class).single();
    }

    private List<String> photoDirectories() throws IOException {
        Path photos = platform.filesDir().resolve("photos");
        if (!Files.isDirectory(photos)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(photos)) {
            return paths.map(Path::toString).sorted().toList();
        }
    }
}
