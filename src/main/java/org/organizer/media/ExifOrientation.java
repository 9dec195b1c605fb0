package org.organizer.media;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cameras store a photo as the sensor saw it and say in an EXIF tag how to turn it. The EXIF segment is
 * dropped on ingest, so the turn is applied to the pixels first. Only JPEG's EXIF (APP1) is read; PNG
 * and WebP photos are kept as they are stored.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private static final int APP1 = 0xE1;
    private static final int SOS = 0xDA;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private ExifOrientation() {}

    /**
     * The orientation (1 to 8) in a JPEG's EXIF segment; 1 when there is none or it cannot be read. The
     * segments are walked here rather than by the JDK's reader, whose metadata parser refuses files where
     * the EXIF segment comes before the JFIF one, as many cameras write them.
     */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = (jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF);
            if (marker == SOS || length < 2 || at + 2 + length > jpeg.length) {
                return NORMAL;
            }
            if (marker == APP1 && startsWith(jpeg, at + 4, EXIF_HEADER)) {
                byte[] segment = Arrays.copyOfRange(jpeg, at + 4, at + 2 + length);
                return fromTiff(segment, EXIF_HEADER.length);
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    /** Reads tag 0x0112 from the first directory of the TIFF structure inside the EXIF segment. */
    static int fromTiff(byte[] d, int base) {
        if (d.length < base + 8) {
            return NORMAL;
        }
        boolean little = d[base] == 'I' && d[base + 1] == 'I';
        boolean big = d[base] == 'M' && d[base + 1] == 'M';
        if (!(little || big) || u16(d, base + 2, little) != 42) {
            return NORMAL;
        }
        long ifd = base + u32(d, base + 4, little);
        if (ifd + 2 > d.length) {
            return NORMAL;
        }
        int entries = u16(d, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > d.length) {
                return NORMAL;
            }
            if (u16(d, entry, little) == ORIENTATION_TAG) {
                int value = u16(d, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** The image as it should be seen: turned and mirrored as the orientation says. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // a quarter turn anticlockwise
            default -> null;
        };
        if (t == null) {
            return image;
        }
        boolean swap = orientation >= 5;
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
        var g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    private static boolean startsWith(byte[] data, int from, byte[] prefix) {
        return data.length >= from + prefix.length
                && Arrays.equals(data, from, from + prefix.length, prefix, 0, prefix.length);
    }

    private static int u16(byte[] d, int at, boolean little) {
        int a = d[at] & 0xFF;
        int b = d[at + 1] & 0xFF;
        return little ? a | b << 8 : a << 8 | b;
    }

    private static long u32(byte[] d, int at, boolean little) {
        long hi = u16(d, little ? at + 2 : at, little);
        long lo = u16(d, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}
