package org.organizer.print;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.organizer.press.Article;
import org.organizer.press.ArticleId;

/** Lead photos without a database: JPEG files drawn in code under {@code <dir>/photos/<id>/<width>.jpg}. */
final class FilePhotos implements PrintPhotos {

    private final Path directory;
    private final Map<ArticleId, Photo> leads = new HashMap<>();

    FilePhotos(Path filesDir) {
        this.directory = filesDir.resolve("photos");
    }

    static FilePhotos none() {
        return new FilePhotos(Path.of("/nonexistent-organizer-files"));
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public Optional<Photo> lead(Article article, String language) {
        return Optional.ofNullable(leads.get(article.id()));
    }

    /** Draws a {@code width} × {@code height} photo, stores it as media would and makes it the article's lead. */
    Path add(Article article, int width, int height, String caption, String credit) throws IOException {
        Path file = directory.resolve(UUID.randomUUID().toString()).resolve(width + ".jpg");
        Files.createDirectories(file.getParent());
        ImageIO.write(draw(width, height, article.id().hashCode()), "jpeg", file.toFile());
        leads.put(article.id(), new Photo(file.toAbsolutePath().toUri(), caption, credit));
        return file;
    }

    static BufferedImage draw(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color sky = Color.getHSBColor((seed & 0xff) / 255f, 0.35f, 0.9f);
        g.setPaint(new GradientPaint(0, 0, sky, 0, height * 0.6f, Color.WHITE));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(60, 60, 70));
        g.fillRect(0, (int) (height * 0.6), width, height);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 40; i++) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.6f, 0.4f + random.nextFloat() * 0.4f));
            int x = random.nextInt(width);
            int h = height / 6 + random.nextInt(height / 5);
            g.fillRoundRect(x, (int) (height * 0.62) - h / 2, width / 40, h, width / 80, width / 80);
            g.fillOval(x - width / 200, (int) (height * 0.62) - h / 2 - width / 40, width / 30, width / 30);
        }
        g.dispose();
        return image;
    }
}
