package org.organizer.media;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns uploaded bytes into pixels, or refuses them. The format is found from the content, never the
 * name. The size is checked from the header before any pixel is decoded, so a small file that claims a
 * huge picture costs nothing. A reader's warning (a truncated JPEG still decodes, greyed out) counts as
 * damage. The result is plain sRGB pixels, upright, with nothing of the original file left.
 */
@Component
class PhotoDecoder {

    private static final Logger log = LoggerFactory.getLogger(PhotoDecoder.class);
    private static final Set<String> ACCEPTED = Set.of("jpeg", "png", "webp");

    /** Upright sRGB pixels; {@code transparent} when some pixel is not fully opaque. */
    record Decoded(BufferedImage image, boolean transparent) {}

    private final MediaProperties limits;
    private final Semaphore decoding;

    PhotoDecoder(MediaProperties limits) {
        this.limits = limits;
        this.decoding = new Semaphore(limits.concurrentDecodes(), true);
    }

    Decoded decode(byte[] data) {
        if (data.length == 0) {
            throw PhotoRejected.empty();
        }
        decoding.acquireUninterruptibly();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = readerFor(in);
            try {
                return read(reader, in, data);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            decoding.release();
        }
    }

    private Decoded read(ImageReader reader, ImageInputStream in, byte[] data) {
        boolean jpeg = formatOf(reader).equals("jpeg");
        // Metadata is never parsed: it is dropped anyway, and PNG text chunks may be compressed bombs of their own.
        reader.setInput(in, true, true);
        boolean[] warned = {false};
        reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
        try {
            checkSize(reader.getWidth(0), reader.getHeight(0));
            int orientation = jpeg ? ExifOrientation.of(data) : ExifOrientation.NORMAL;
            BufferedImage pixels = reader.read(0);
            if (warned[0] || pixels == null) {
                throw PhotoRejected.damaged();
            }
            BufferedImage srgb = toSrgb(pixels);
            return new Decoded(ExifOrientation.apply(srgb, orientation), hasTransparency(srgb));
        } catch (PhotoRejected e) {
            throw e;
        } catch (IIOException e) {
            log.info("Refused a photo the {} reader could not decode: {}", formatOf(reader), e.toString());
            throw isUnsupportedVariant(e) ? PhotoRejected.unsupported() : PhotoRejected.damaged();
        } catch (IOException | RuntimeException e) {
            log.info("Refused a damaged {} photo: {}", formatOf(reader), e.toString());
            throw PhotoRejected.damaged();
        }
    }

    private static ImageReader readerFor(ImageInputStream in) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (ACCEPTED.contains(formatOf(reader))) {
                return reader;
            }
        }
        throw PhotoRejected.unsupported();
    }

    private static String formatOf(ImageReader reader) {
        try {
            return reader.getFormatName().toLowerCase(Locale.ROOT).replace("jpg", "jpeg");
        } catch (IOException e) {
            return "";
        }
    }

    private void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw PhotoRejected.damaged();
        }
        if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
            throw PhotoRejected.tooManyPixels(limits);
        }
    }

    /** CMYK and other variants the JDK's readers refuse are "unsupported", not damaged. */
    private static boolean isUnsupportedVariant(IIOException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("unsupported");
    }

    /**
     * Draws the pixels into a fresh sRGB image. Embedded colour profiles are converted, grey stays grey,
     * and nothing of the source (profile, properties) is carried over.
     */
    private static BufferedImage toSrgb(BufferedImage source) {
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(
                source.getWidth(),
                source.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        ColorSpace space = source.getColorModel().getColorSpace();
        if (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY) {
            var g = target.createGraphics();
            try {
                g.drawImage(source, 0, 0, null);
            } finally {
                g.dispose();
            }
        } else {
            new ColorConvertOp(null).filter(source, target);
        }
        return target;
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB) {
            return false;
        }
        for (int pixel : ((DataBufferInt) image.getRaster().getDataBuffer()).getData()) {
            if (pixel >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }
}
