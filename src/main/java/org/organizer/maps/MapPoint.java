package org.organizer.maps;

/**
 * Something to mark on a map: a place's label as readers should see it (e.g. "Lima"), its position in degrees
 * and how many things happen there. Points at the same position are drawn as one, their counts added. Use the
 * position of the town, never of an address, unless the organiser chose to show the address.
 */
public record MapPoint(String label, double latitude, double longitude, int count) {

    public MapPoint {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a position: " + latitude + ", " + longitude);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }

    public static MapPoint of(Place place, int count) {
        return new MapPoint(place.name(), place.latitude(), place.longitude(), count);
    }
}
