package org.organizer.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Photo fixtures built in code: JPEGs carrying the metadata a phone writes (EXIF with GPS coordinates and
 * an orientation, XMP, a comment), PNGs with text chunks, a WebP, damaged files and a decompression bomb.
 */
final class TestImages {

    /** The latitude written into fixtures, 45° 27' 51" N, as EXIF rationals: what must never reach a reader. */
    static final int[] LATITUDE = {45, 1, 27, 1, 51, 1};

    static final String XMP_GPS = "exif:GPSLatitude=\"45,27.85N\" exif:GPSLongitude=\"9,11.4E\"";
    static final String SECRET_COMMENT = "GPS 45.4642N 9.1900E picket at gate 3";

    /** A lossy 1×1 WebP (the format's well-known smallest image). */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private TestImages() {}

    /** Left half red, right half blue: after a quarter turn the halves show where the pixels went. */
    static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    /** A plain JPEG with an EXIF segment (orientation and a GPS directory), an XMP packet and a comment. */
    static byte[] jpegFromAPhone(BufferedImage image, int orientation) {
        byte[] plain = jpeg(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), exifTiff(orientation)));
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:Description " + XMP_GPS + "/></x:xmpmeta>";
        segment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII), utf8(xmp)));
        segment(out, 0xFE, utf8(SECRET_COMMENT));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A PNG with a tEXt chunk right after its header. */
    static byte[] pngWithText(BufferedImage image) {
        byte[] plain = png(image);
        int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, IHDR length, type, data, CRC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        chunk(out, "tEXt", utf8("Comment\0" + SECRET_COMMENT));
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    /** A valid PNG header that declares a 100000 × 100000 picture, and nothing else. */
    static byte[] pngBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        return out.toByteArray();
    }

    static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    /** The JPEG segments before the image data, by marker (0xE0 APP0, 0xE1 APP1/EXIF/XMP, 0xFE comment...). */
    static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) { // start of scan: image data follows
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    /** The chunk types of a PNG, in order. */
    static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            chunks.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return chunks;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static boolean contains(byte[] haystack, String text) {
        return contains(haystack, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The latitude rationals as they sit in the little-endian EXIF block. */
    static byte[] latitudeBytes() {
        ByteBuffer bytes = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (int value : LATITUDE) {
            bytes.putInt(value);
        }
        return bytes.array();
    }

    /**
     * A little-endian TIFF block: IFD0 with Orientation and a pointer to the GPS directory, which holds the
     * latitude reference and the latitude as three rationals.
     */
    private static byte[] exifTiff(int orientation) {
        ByteBuffer tiff =
                ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 2 + 2 * 12 + 4 + 24).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, orientation); // Orientation, SHORT
        entry(tiff, 0x8825, 4, 1, gpsIfd); // GPSInfo, LONG offset
        tiff.putInt(0); // no next IFD
        int rationals = gpsIfd + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        entry(tiff, 0x0001, 2, 2, 'N'); // GPSLatitudeRef, ASCII "N\0" inline
        entry(tiff, 0x0002, 5, 3, rationals); // GPSLatitude, 3 RATIONAL at offset
        tiff.putInt(0);
        tiff.put(latitudeBytes());
        return tiff.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3) {
            tiff.putShort((short) value).putShort((short) 0);
        } else {
            tiff.putInt(value);
        }
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(data);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
