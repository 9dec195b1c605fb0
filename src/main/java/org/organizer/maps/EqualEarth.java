package org.organizer.maps;

/**
 * The Equal Earth projection (Šavrič, Patterson, Jenny 2018): equal-area, straight parallels, rounded sides;
 * scaled so that the whole world is {@link #WIDTH} units wide, x to the east and y to the south, (0, 0) at the
 * top-left corner of the world's bounding box.
 */
final class EqualEarth {

    static final double WIDTH = 1000;

    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;
    private static final double MAX_X = rawX(Math.PI, 0);
    private static final double MAX_Y = rawY(Math.PI / 2);
    private static final double SCALE = WIDTH / (2 * MAX_X);

    static final double HEIGHT = 2 * MAX_Y * SCALE;

    private EqualEarth() {}

    static double x(double longitude, double latitude) {
        return (rawX(Math.toRadians(longitude), Math.toRadians(latitude)) + MAX_X) * SCALE;
    }

    static double y(double latitude) {
        return (MAX_Y - rawY(Math.toRadians(latitude))) * SCALE;
    }

    private static double rawX(double lambda, double phi) {
        double theta = Math.asin(M * Math.sin(phi));
        double theta2 = theta * theta;
        double theta6 = theta2 * theta2 * theta2;
        return 2
                * Math.sqrt(3)
                * lambda
                * Math.cos(theta)
                / (3 * (9 * A4 * theta6 * theta2 + 7 * A3 * theta6 + 3 * A2 * theta2 + A1));
    }

    private static double rawY(double phi) {
        double theta = Math.asin(M * Math.sin(phi));
        double theta2 = theta * theta;
        double theta6 = theta2 * theta2 * theta2;
        return theta * (A1 + A2 * theta2 + theta6 * (A3 + A4 * theta2));
    }
}
