package org.organizer.media;

import java.awt.AlphaComposite;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Encodes the sizes of a photo from its pixels: each configured width narrower than the photo, plus the
 * photo's own width when it is narrower than the widest configured one (never enlarged). JPEG unless
 * the photo has transparent parts, then PNG. The encoders get no metadata, so the files hold none.
 */
@Component
class Renditions {

    /** One encoded size. */
    record Encoded(int width, int height, byte[] bytes) {}

    record Output(PhotoFormat format, List<Encoded> sizes) {}

    private final MediaProperties properties;

    Renditions(MediaProperties properties) {
        this.properties = properties;
    }

    Output encode(PhotoDecoder.Decoded decoded) {
        BufferedImage image = decoded.image();
        PhotoFormat format = decoded.transparent() ? PhotoFormat.PNG : PhotoFormat.JPEG;
        BufferedImage source = format == PhotoFormat.JPEG ? opaque(image) : image;
        List<Encoded> sizes = new ArrayList<>();
        for (int width : widths(image.getWidth(), properties.sortedWidths())) {
            int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
            BufferedImage scaled = scale(source, width, height);
            sizes.add(new Encoded(width, height, format == PhotoFormat.JPEG ? jpeg(scaled) : png(scaled)));
        }
        return new Output(format, sizes);
    }

    static List<Integer> widths(int original, List<Integer> configured) {
        List<Integer> widths =
                new ArrayList<>(configured.stream().filter(w -> w < original).toList());
        if (original <= configured.getLast()) {
            widths.add(original);
        }
        return widths;
    }

    /** Halves with bilinear filtering until close, then one last step: sharp and without aliasing. */
    private static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= 1) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, source.getType());
        var g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(properties.jpegQuality());
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
