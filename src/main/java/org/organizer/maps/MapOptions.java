package org.organizer.maps;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How to draw a map. The title and description are the map's accessible name and description, and
 * {@code pointTitle} makes each point's tooltip and accessible name from its label and count: all already in
 * the reader's language (this module has no messages of its own).
 *
 * @param highlightedCountries ISO 3166-1 alpha-2 codes (any case) of countries to fill in the highlight colour
 * @param zoomToPoints show the region around the points rather than the whole world
 * @param id prefix of the ids of the title and description elements, unique within the page
 */
public record MapOptions(
        String title,
        String description,
        Set<String> highlightedCountries,
        boolean zoomToPoints,
        String id,
        PointTitle pointTitle) {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,40}");

    /** The text of a point's tooltip, e.g. (label, count) -> "Lima: 3 actions" in the reader's language. */
    @FunctionalInterface
    public interface PointTitle {
        String of(String label, int count);
    }

    public MapOptions {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an XML id: " + id);
        }
        highlightedCountries = highlightedCountries.stream()
                .map(code -> code.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The whole world, nothing highlighted, points titled "label (count)". */
    public static MapOptions titled(String title, String description) {
        return new MapOptions(title, description, Set.of(), false, "map", (label, count) -> label + " (" + count + ")");
    }

    public MapOptions highlighting(Set<String> countries) {
        return new MapOptions(title, description, countries, zoomToPoints, id, pointTitle);
    }

    public MapOptions zoomedToPoints() {
        return new MapOptions(title, description, highlightedCountries, true, id, pointTitle);
    }

    public MapOptions withId(String id) {
        return new MapOptions(title, description, highlightedCountries, zoomToPoints, id, pointTitle);
    }

    public MapOptions withPointTitle(PointTitle pointTitle) {
        return new MapOptions(title, description, highlightedCountries, zoomToPoints, id, pointTitle);
    }
}
