package org.organizer.maps;

/**
 * The part of the projected world a map shows, in the units of {@link EqualEarth} (the world is 1000 wide).
 * Maps are drawn for a display about 1000 pixels wide: simplification, rounding, stroke widths and point sizes
 * follow from that.
 */
record Viewport(double x, double y, double width, double height) {

    static final double DISPLAY_PIXELS = 1000;

    /** The inhabited world, without Antarctica: from 84° north to 58° south (below Cape Horn). */
    static final Viewport WORLD = new Viewport(
            0,
            Math.floor(EqualEarth.y(84)),
            EqualEarth.WIDTH,
            Math.ceil(EqualEarth.y(-58)) - Math.floor(EqualEarth.y(84)));

    double unitsPerPixel() {
        return width / DISPLAY_PIXELS;
    }

    /** Coordinates are written to 0.1 units, or 0.01 once zoomed so far that a tenth would show. */
    int precision() {
        return width > 250 ? 10 : 100;
    }

    boolean intersects(double minX, double minY, double maxX, double maxY) {
        return maxX >= x && minX <= x + width && maxY >= y && minY <= y + height;
    }

    String viewBox() {
        int p = precision();
        return Numbers.format(x, p) + " " + Numbers.format(y, p) + " " + Numbers.format(width, p) + " "
                + Numbers.format(height, p);
    }
}
