package org.organizer.press;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Flat illustrations drawn for the demo, so its stories have photos without anyone's copyright: cranes at a
 * port, a row of buses, a hall set for an assembly, a hospital. Drawn in code, encoded as PNG.
 */
final class DemoIllustrations {

    static final int WIDTH = 1200;
    static final int HEIGHT = 750;

    private static final Color SKY = new Color(0xCFE3EE);
    private static final Color SKY_LOW = new Color(0xF4E6CF);
    private static final Color NAVY = new Color(0x1F3A5F);
    private static final Color RED = new Color(0xC8553D);
    private static final Color YELLOW = new Color(0xF2B134);
    private static final Color TEAL = new Color(0x2E8B8B);
    private static final Color GREY = new Color(0x5B6770);
    private static final Color PALE = new Color(0xEDE7DC);

    private DemoIllustrations() {}

    enum Drawing {
        PORT,
        BUSES,
        HALL,
        HOSPITAL;

        byte[] png() {
            return switch (this) {
                case PORT -> port();
                case BUSES -> buses();
                case HALL -> hall();
                case HOSPITAL -> hospital();
            };
        }
    }

    static byte[] port() {
        return png(g -> {
            sky(g);
            g.setColor(new Color(0x3D6F8F));
            g.fillRect(0, 560, WIDTH, 190);
            g.setColor(new Color(0x6E95AE));
            for (int y = 590; y < HEIGHT; y += 40) {
                g.fillRect(80 + (y % 3) * 120, y, 260, 6);
                g.fillRect(640 - (y % 4) * 60, y + 14, 200, 6);
            }
            g.setColor(GREY);
            g.fillRect(0, 520, WIDTH, 40);
            Color[] containers = {RED, TEAL, YELLOW, NAVY, new Color(0x7A9E4F)};
            for (int row = 0; row < 3; row++) {
                for (int i = 0; i < 7; i++) {
                    g.setColor(containers[(i * 3 + row) % containers.length]);
                    g.fillRect(90 + i * 95, 460 - row * 48, 88, 44);
                }
            }
            crane(g, 180, RED);
            crane(g, 560, YELLOW);
            crane(g, 930, RED);
            // a ship alongside
            g.setColor(NAVY);
            Path2D hull = new Path2D.Double();
            hull.moveTo(760, 560);
            hull.lineTo(1180, 560);
            hull.lineTo(1150, 640);
            hull.lineTo(790, 640);
            hull.closePath();
            g.fill(hull);
            g.setColor(PALE);
            g.fillRect(1080, 500, 70, 60);
        });
    }

    static byte[] buses() {
        return png(g -> {
            sky(g);
            g.setColor(new Color(0xB9C4A8));
            for (int i = 0; i < 8; i++) {
                g.fillRect(i * 160, 260 - (i % 3) * 50, 120, 300);
            }
            g.setColor(new Color(0x4A4F55));
            g.fillRect(0, 560, WIDTH, 190);
            g.setColor(PALE);
            for (int x = 20; x < WIDTH; x += 140) {
                g.fillRect(x, 650, 80, 10);
            }
            Color[] colours = {YELLOW, TEAL, RED};
            for (int i = 0; i < 3; i++) {
                bus(g, 40 + i * 390, 390, colours[i]);
            }
        });
    }

    static byte[] hall() {
        return png(g -> {
            g.setPaint(new GradientPaint(0, 0, new Color(0xF6EBD9), 0, HEIGHT, new Color(0xE3D3B8)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xB5523B));
            g.fillRect(0, 0, WIDTH, 70);
            // windows
            g.setColor(SKY);
            for (int i = 0; i < 5; i++) {
                g.fill(new RoundRectangle2D.Double(80 + i * 230, 110, 130, 170, 60, 60));
            }
            // platform with a table
            g.setColor(new Color(0x8C6A4A));
            g.fillRect(300, 320, 600, 60);
            g.setColor(NAVY);
            g.fillRect(420, 270, 360, 50);
            g.setColor(new Color(0x6B4F36));
            g.fillRect(0, 385, WIDTH, 365);
            // rows of chairs, larger towards the front
            Color[] chairs = {RED, TEAL, YELLOW};
            for (int row = 0; row < 4; row++) {
                int size = 34 + row * 10;
                int y = 420 + row * 78;
                int gap = size + 22;
                for (int x = 60 + (row % 2) * gap / 2; x < WIDTH - size; x += gap) {
                    chair(g, x, y, size, chairs[(row + x / gap) % chairs.length]);
                }
            }
        });
    }

    static byte[] hospital() {
        return png(g -> {
            sky(g);
            g.setColor(new Color(0x9DBF8E));
            g.fillRect(0, 560, WIDTH, 190);
            g.setColor(PALE);
            g.fillRect(260, 180, 680, 380);
            g.setColor(new Color(0xD8CFC0));
            g.fillRect(260, 180, 680, 30);
            g.setColor(SKY.darker());
            for (int row = 0; row < 4; row++) {
                for (int col = 0; col < 7; col++) {
                    if (col == 3 && row == 3) {
                        continue;
                    }
                    g.fillRect(300 + col * 90, 240 + row * 75, 50, 45);
                }
            }
            g.setColor(TEAL);
            g.fillRect(555, 470, 90, 90);
            // a cross on the roof sign
            g.setColor(RED);
            g.fillRect(575, 90, 50, 130);
            g.fillRect(535, 130, 130, 50);
            // trees
            for (int x : new int[] {120, 1060}) {
                g.setColor(new Color(0x6B4F36));
                g.fillRect(x - 10, 470, 20, 100);
                g.setColor(new Color(0x4F8A4B));
                g.fill(new Ellipse2D.Double(x - 70, 360, 140, 140));
            }
        });
    }

    private static void sky(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, SKY, 0, 560, SKY_LOW));
        g.fillRect(0, 0, WIDTH, 560);
        g.setColor(new Color(0xF7C873));
        g.fill(new Ellipse2D.Double(980, 70, 110, 110));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(140, 90, 220, 50, 50, 50));
        g.fill(new RoundRectangle2D.Double(600, 140, 180, 40, 40, 40));
    }

    private static void crane(Graphics2D g, int x, Color colour) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(x, 520, x + 30, 160);
        g.drawLine(x + 90, 520, x + 60, 160);
        g.drawLine(x + 15, 340, x + 75, 340);
        g.drawLine(x - 60, 160, x + 260, 160);
        g.setStroke(new BasicStroke(4));
        g.drawLine(x + 45, 160, x + 45, 80);
        g.drawLine(x + 45, 80, x - 60, 160);
        g.drawLine(x + 45, 80, x + 260, 160);
        g.setColor(NAVY);
        g.fillRect(x + 20, 170, 50, 40);
        g.setStroke(new BasicStroke(3));
        g.drawLine(x + 200, 160, x + 200, 330);
        g.fillRect(x + 180, 330, 40, 12);
    }

    private static void bus(Graphics2D g, int x, int y, Color colour) {
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(x, y, 340, 170, 30, 30));
        g.setColor(new Color(0xDDEEF5));
        for (int i = 0; i < 4; i++) {
            g.fillRect(x + 20 + i * 72, y + 25, 58, 55);
        }
        g.fillRect(x + 300, y + 25, 30, 80);
        g.setColor(PALE);
        g.fillRect(x, y + 100, 340, 10);
        g.setColor(new Color(0x222222));
        g.fill(new Ellipse2D.Double(x + 40, y + 140, 60, 60));
        g.fill(new Ellipse2D.Double(x + 240, y + 140, 60, 60));
        g.setColor(GREY);
        g.fill(new Ellipse2D.Double(x + 55, y + 155, 30, 30));
        g.fill(new Ellipse2D.Double(x + 255, y + 155, 30, 30));
    }

    private static void chair(Graphics2D g, int x, int y, int size, Color colour) {
        g.setColor(colour.darker());
        g.fillRect(x + 2, y + size, 4, size / 2);
        g.fillRect(x + size - 6, y + size, 4, size / 2);
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(x, y, size, size * 0.7, 8, 8));
        g.fillRect(x, y + size * 7 / 10, size, size * 3 / 10);
    }

    private static byte[] png(Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
