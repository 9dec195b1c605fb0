package org.organizer.maps;

import java.util.List;

/**
 * The viewport around a set of points: their bounding box with a margin, at least an eighth of the world wide,
 * in the world view's proportions and inside it. Falls back to the world when there are no points or they are
 * spread over most of it.
 */
final class Framing {

    private static final double MIN_WIDTH = Viewport.WORLD.width() / 8;
    private static final double ASPECT = Viewport.WORLD.width() / Viewport.WORLD.height();

    private Framing() {}

    static Viewport around(List<MapPoint> points) {
        if (points.isEmpty()) {
            return Viewport.WORLD;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (MapPoint point : points) {
            double x = EqualEarth.x(point.longitude(), point.latitude());
            double y = EqualEarth.y(point.latitude());
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double margin = 15 + 0.2 * Math.max(maxX - minX, maxY - minY);
        double width = Math.max(maxX - minX + 2 * margin, MIN_WIDTH);
        double height = maxY - minY + 2 * margin;
        if (width / height < ASPECT) {
            width = height * ASPECT;
        } else {
            height = width / ASPECT;
        }
        if (width > 0.7 * Viewport.WORLD.width()) {
            return Viewport.WORLD;
        }
        width = Math.ceil(width);
        height = Math.ceil(height);
        double x = clamp(Math.floor((minX + maxX - width) / 2), 0, Viewport.WORLD.width() - width);
        double y = clamp(
                Math.floor((minY + maxY - height) / 2),
                Viewport.WORLD.y(),
                Viewport.WORLD.y() + Viewport.WORLD.height() - height);
        return new Viewport(x, y, width, height);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
