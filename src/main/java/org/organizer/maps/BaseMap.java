package org.organizer.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The countries of one viewport as SVG path data. Arcs are simplified once, in projected pixels (points closer
 * than half a pixel to the last kept one are dropped; off the viewport, by more than a margin, closer than 8
 * pixels), before rings are put together, so neighbours share the same simplified border. Rings entirely outside
 * the viewport are left out.
 */
final class BaseMap {

    record CountryPath(@Nullable String code, String pathData) {}

    private final Topology topology;
    private final Viewport viewport;
    private final double[][] keptLongitudes;
    private final double[][] keptLatitudes;

    private BaseMap(Topology topology, Viewport viewport) {
        this.topology = topology;
        this.viewport = viewport;
        this.keptLongitudes = new double[topology.longitudes.length][];
        this.keptLatitudes = new double[topology.longitudes.length][];
    }

    static List<CountryPath> draw(Topology topology, Viewport viewport) {
        return new BaseMap(topology, viewport).countries();
    }

    private List<CountryPath> countries() {
        List<CountryPath> paths = new ArrayList<>();
        StringBuilder data = new StringBuilder(1024);
        for (Topology.Country country : topology.countries) {
            data.setLength(0);
            for (int[][] polygon : country.polygons()) {
                for (int[] ring : polygon) {
                    double[][] assembled = assemble(ring);
                    for (double[][] piece : Antimeridian.split(assembled[0], assembled[1])) {
                        appendRing(data, piece[0], piece[1]);
                    }
                }
            }
            if (!data.isEmpty()) {
                paths.add(new CountryPath(country.code(), data.toString()));
            }
        }
        return List.copyOf(paths);
    }

    private double[][] assemble(int[] ring) {
        int size = 0;
        for (int arc : ring) {
            size += kept(arc >= 0 ? arc : ~arc)[0].length;
        }
        double[] longitudes = new double[size];
        double[] latitudes = new double[size];
        int n = 0;
        for (int arc : ring) {
            double[][] points = kept(arc >= 0 ? arc : ~arc);
            int length = points[0].length;
            for (int i = n == 0 ? 0 : 1; i < length; i++) { // an arc starts where the previous one ended
                int j = arc >= 0 ? i : length - 1 - i;
                longitudes[n] = points[0][j];
                latitudes[n++] = points[1][j];
            }
        }
        return new double[][] {Arrays.copyOf(longitudes, n), Arrays.copyOf(latitudes, n)};
    }

    private double[][] kept(int arc) {
        if (keptLongitudes[arc] == null) {
            double[] lon = topology.longitudes[arc];
            double[] lat = topology.latitudes[arc];
            double inView = Math.pow(0.5 * viewport.unitsPerPixel(), 2);
            double offView = Math.pow(8 * viewport.unitsPerPixel(), 2);
            double margin = 0.1 * viewport.width();
            double[] keptLon = new double[lon.length];
            double[] keptLat = new double[lon.length];
            int n = 0;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int i = 0; i < lon.length; i++) {
                double x = EqualEarth.x(lon[i], lat[i]);
                double y = EqualEarth.y(lat[i]);
                double dx = x - lastX;
                double dy = y - lastY;
                boolean visible = x > viewport.x() - margin
                        && x < viewport.x() + viewport.width() + margin
                        && y > viewport.y() - margin
                        && y < viewport.y() + viewport.height() + margin;
                if (i == 0 || i == lon.length - 1 || dx * dx + dy * dy >= (visible ? inView : offView)) {
                    keptLon[n] = lon[i];
                    keptLat[n++] = lat[i];
                    lastX = x;
                    lastY = y;
                }
            }
            keptLongitudes[arc] = Arrays.copyOf(keptLon, n);
            keptLatitudes[arc] = Arrays.copyOf(keptLat, n);
        }
        return new double[][] {keptLongitudes[arc], keptLatitudes[arc]};
    }

    /** Writes "M x y l dx dy … z" with integer steps of the viewport's precision; skips rings out of view. */
    private void appendRing(StringBuilder data, double[] longitudes, double[] latitudes) {
        int n = longitudes.length;
        int precision = viewport.precision();
        long[] xs = new long[n];
        long[] ys = new long[n];
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double x = EqualEarth.x(longitudes[i], latitudes[i]);
            double y = EqualEarth.y(latitudes[i]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            xs[i] = Math.round(x * precision);
            ys[i] = Math.round(y * precision);
        }
        if (!viewport.intersects(minX, minY, maxX, maxY)) {
            return;
        }
        int start = data.length();
        data.append('M');
        Numbers.appendScaled(data, xs[0], precision);
        data.append(' ');
        Numbers.appendScaled(data, ys[0], precision);
        data.append('l');
        int steps = 0;
        long lastX = xs[0];
        long lastY = ys[0];
        for (int i = 1; i < n - 1; i++) { // the last point equals the first: "z" closes the ring
            long dx = xs[i] - lastX;
            long dy = ys[i] - lastY;
            if (dx == 0 && dy == 0) {
                continue;
            }
            if (steps > 0 && dx >= 0) {
                data.append(' ');
            }
            Numbers.appendScaled(data, dx, precision);
            if (dy >= 0) {
                data.append(' ');
            }
            Numbers.appendScaled(data, dy, precision);
            lastX = xs[i];
            lastY = ys[i];
            steps++;
        }
        if (steps < 2) {
            data.setLength(start); // smaller than a pixel at this scale
        } else {
            data.append('z');
        }
    }
}
