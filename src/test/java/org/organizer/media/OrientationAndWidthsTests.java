package org.organizer.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationAndWidthsTests {

    private static final int FIRST = 0xFF0000;
    private static final int END_OF_FIRST_ROW = 0x00FF00;

    /**
     * Where the stored first pixel and the stored end of the first row appear once the photo is shown
     * upright, for each EXIF orientation (TIFF 6.0, tag 274).
     */
    @ParameterizedTest
    @CsvSource({
        "1, top-left, top-right",
        "2, top-right, top-left",
        "3, bottom-right, bottom-left",
        "4, bottom-left, bottom-right",
        "5, top-left, bottom-left",
        "6, top-right, bottom-right",
        "7, bottom-right, top-right",
        "8, bottom-left, top-left"
    })
    void eachExifOrientationTurnsThePixelsUpright(int orientation, String first, String endOfFirstRow) {
        BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, FIRST);
        stored.setRGB(3, 0, END_OF_FIRST_ROW);

        BufferedImage upright = ExifOrientation.apply(stored, orientation);

        assertThat(upright.getWidth()).isEqualTo(orientation >= 5 ? 2 : 4);
        assertThat(corner(upright, first)).isEqualTo(FIRST);
        assertThat(corner(upright, endOfFirstRow)).isEqualTo(END_OF_FIRST_ROW);
    }

    @ParameterizedTest
    @CsvSource({
        "2000, '480,960,1600'",
        "1600, '480,960,1600'",
        "1200, '480,960,1200'",
        "960, '480,960'",
        "481, '480,481'",
        "300, '300'"
    })
    void storedWidthsAreTheConfiguredOnesBelowTheOriginalPlusTheOriginalWhenNarrower(int original, String widths) {
        List<Integer> expected =
                java.util.Arrays.stream(widths.split(",")).map(Integer::valueOf).toList();
        assertThat(Renditions.widths(original, List.of(480, 960, 1600))).isEqualTo(expected);
    }

    private static int corner(BufferedImage image, String corner) {
        int x = corner.endsWith("left") ? 0 : image.getWidth() - 1;
        int y = corner.startsWith("top") ? 0 : image.getHeight() - 1;
        return image.getRGB(x, y) & 0xFFFFFF;
    }
}
