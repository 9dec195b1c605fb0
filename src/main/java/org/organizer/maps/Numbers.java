package org.organizer.maps;

/** Short decimal numbers for SVG: "12.5", "-.3", "7", with as many decimals as the precision (10, 100…) allows. */
final class Numbers {

    private Numbers() {}

    static String format(double value, int precision) {
        return formatScaled(Math.round(value * precision), precision);
    }

    static String formatScaled(long scaled, int precision) {
        StringBuilder out = new StringBuilder(8);
        appendScaled(out, scaled, precision);
        return out.toString();
    }

    static void appendScaled(StringBuilder out, long scaled, int precision) {
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        long whole = scaled / precision;
        long fraction = scaled % precision;
        if (whole != 0 || fraction == 0) {
            out.append(whole);
        }
        if (fraction != 0) {
            out.append('.');
            for (long digit = precision / 10; fraction != 0; digit /= 10) { // leading zeros kept, trailing dropped
                out.append(fraction / digit);
                fraction %= digit;
            }
        }
    }
}
