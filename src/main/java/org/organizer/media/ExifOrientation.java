package org.organizer.media;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * Cameras store a photo as the sensor saw it and say in an EXIF tag how to turn it. The EXIF segment is
 * dropped on ingest, so the turn is applied to the pixels first. Only JPEG's EXIF (APP1) is read; PNG
 * and WebP photos are kept as they are stored.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private ExifOrientation() {}

    /** The orientation (1 to 8) in a JPEG's metadata; 1 when there is none or it cannot be read. */
    static int of(@Nullable IIOMetadata metadata) {
        if (metadata == null
                || !Arrays.asList(metadata.getMetadataFormatNames()).contains(JPEG_METADATA)) {
            return NORMAL;
        }
        Node markers = child(metadata.getAsTree(JPEG_METADATA), "markerSequence");
        for (Node n = markers == null ? null : markers.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof IIOMetadataNode node
                    && "unknown".equals(node.getNodeName())
                    && String.valueOf(APP1).equals(node.getAttribute("MarkerTag"))
                    && node.getUserObject() instanceof byte[] data
                    && startsWith(data, EXIF_HEADER)) {
                return fromTiff(data, EXIF_HEADER.length);
            }
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

    private static @Nullable Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (name.equals(n.getNodeName())) {
                return n;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
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
