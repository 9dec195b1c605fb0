package org.organizer.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts rings that cross the ±180° meridian (Russia's Chukotka, Fiji) into a piece on each side, so that no edge
 * runs across the whole map. Natural Earth stores such rings with an edge from 180° straight to −180°.
 */
final class Antimeridian {

    private Antimeridian() {}

    /** Rings as {longitudes, latitudes}, closed (first point = last point). */
    static List<double[][]> split(double[] longitudes, double[] latitudes) {
        int n = longitudes.length;
        boolean crosses = false;
        for (int i = 1; i < n && !crosses; i++) {
            crosses = Math.abs(longitudes[i] - longitudes[i - 1]) > 180;
        }
        if (!crosses) {
            return List.<double[][]>of(new double[][] {longitudes, latitudes});
        }
        double[] unwrapped = new double[n];
        unwrapped[0] = longitudes[0];
        double min = unwrapped[0];
        double max = unwrapped[0];
        for (int i = 1; i < n; i++) {
            double step = longitudes[i] - longitudes[i - 1];
            step += step > 180 ? -360 : step < -180 ? 360 : 0;
            unwrapped[i] = unwrapped[i - 1] + step;
            min = Math.min(min, unwrapped[i]);
            max = Math.max(max, unwrapped[i]);
        }
        if (Math.abs(unwrapped[n - 1] - unwrapped[0]) > 180) {
            // A ring around a pole (Antarctica): its 180° to −180° edge runs along the map's bottom, keep it.
            return List.<double[][]>of(new double[][] {longitudes, latitudes});
        }
        double meridian = max > 180 ? 180 : -180;
        double shift = meridian * 2;
        List<double[][]> pieces = new ArrayList<>(2);
        addIfRing(pieces, clip(unwrapped, latitudes, meridian, meridian < 0, 0));
        addIfRing(pieces, clip(unwrapped, latitudes, meridian, meridian > 0, -shift));
        return pieces;
    }

    private static void addIfRing(List<double[][]> pieces, double[][] piece) {
        if (piece[0].length >= 4) {
            pieces.add(piece);
        }
    }

    /** Sutherland–Hodgman against one vertical line: keeps the side east of it or west of it, then shifts. */
    private static double[][] clip(double[] lon, double[] lat, double meridian, boolean keepEast, double shift) {
        int n = lon.length;
        double[] outLon = new double[2 * n + 1];
        double[] outLat = new double[2 * n + 1];
        int size = 0;
        for (int i = 0; i < n - 1; i++) {
            boolean fromInside = keepEast ? lon[i] >= meridian : lon[i] <= meridian;
            boolean toInside = keepEast ? lon[i + 1] >= meridian : lon[i + 1] <= meridian;
            if (fromInside) {
                outLon[size] = lon[i] + shift;
                outLat[size++] = lat[i];
            }
            if (fromInside != toInside && lon[i] != meridian && lon[i + 1] != meridian) {
                double t = (meridian - lon[i]) / (lon[i + 1] - lon[i]);
                outLon[size] = meridian + shift;
                outLat[size++] = lat[i] + t * (lat[i + 1] - lat[i]);
            }
        }
        if (size > 0) {
            outLon[size] = outLon[0];
            outLat[size++] = outLat[0];
        }
        return new double[][] {Arrays.copyOf(outLon, size), Arrays.copyOf(outLat, size)};
    }
}
