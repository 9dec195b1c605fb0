package org.organizer.maps;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The gazetteer in a few flat arrays (about 112,000 places, 280,000 names): names and folded keys as UTF-8 in
 * two byte arrays, keys sorted bytewise (= by code point) so that exact and prefix look-ups are binary searches.
 */
final class PlaceIndex {

    private final byte[] names;
    private final int[] nameStart;
    private final String[] countryCodes;
    private final short[] country;
    private final int[] latitude; // thousandths of a degree
    private final int[] longitude;
    private final int[] population;
    private final byte[] keys;
    private final int[] keyStart;
    private final int[] keyPlace;

    private PlaceIndex(Builder b, byte[] keys, int[] keyStart, int[] keyPlace) {
        this.names = b.names.toByteArray();
        this.nameStart = b.nameStart.toArray();
        this.countryCodes = b.countries.keySet().toArray(String[]::new);
        this.country = toShorts(b.country.toArray());
        this.latitude = b.latitude.toArray();
        this.longitude = b.longitude.toArray();
        this.population = b.population.toArray();
        this.keys = keys;
        this.keyStart = keyStart;
        this.keyPlace = keyPlace;
    }

    static PlaceIndex load(InputStream gzipped) throws IOException {
        Builder builder = new Builder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    builder.add(line.split("\t", -1));
                }
            }
        }
        return builder.build();
    }

    int size() {
        return population.length;
    }

    long heapBytes() {
        return names.length
                + 4L * nameStart.length
                + 2L * country.length
                + 4L * latitude.length
                + 4L * longitude.length
                + 4L * population.length
                + keys.length
                + 4L * keyStart.length
                + 4L * keyPlace.length;
    }

    Optional<Place> find(String name, String countryCode) {
        byte[] key = PlaceNames.fold(name).getBytes(StandardCharsets.UTF_8);
        int best = -1;
        for (int k = lowerBound(key); k < keyPlace.length && compareKey(k, key) == 0; k++) {
            int place = keyPlace[k];
            if (countryCodes[country[place]].equals(countryCode)
                    && (best < 0 || population[place] > population[best])) {
                best = place;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(place(best));
    }

    List<Place> search(String prefix, @Nullable String countryCode, int limit) {
        byte[] key = PlaceNames.fold(prefix).getBytes(StandardCharsets.UTF_8);
        if (key.length == 0 || limit <= 0) {
            return List.of();
        }
        BitSet matches = new BitSet(size());
        for (int k = lowerBound(key); k < keyPlace.length && startsWith(k, key); k++) {
            int place = keyPlace[k];
            if (countryCode == null || countryCodes[country[place]].equals(countryCode)) {
                matches.set(place);
            }
        }
        return matches.stream()
                .boxed()
                .sorted(Comparator.comparingInt((Integer p) -> population[p]).reversed())
                .limit(limit)
                .map(this::place)
                .toList();
    }

    private Place place(int i) {
        String name = new String(names, nameStart[i], nameStart[i + 1] - nameStart[i], StandardCharsets.UTF_8);
        return new Place(name, countryCodes[country[i]], latitude[i] / 1000.0, longitude[i] / 1000.0, population[i]);
    }

    private int lowerBound(byte[] key) {
        int low = 0;
        int high = keyPlace.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compareKey(middle, key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int compareKey(int k, byte[] key) {
        return Arrays.compareUnsigned(keys, keyStart[k], keyStart[k + 1], key, 0, key.length);
    }

    private boolean startsWith(int k, byte[] prefix) {
        int length = keyStart[k + 1] - keyStart[k];
        return length >= prefix.length
                && Arrays.equals(keys, keyStart[k], keyStart[k] + prefix.length, prefix, 0, prefix.length);
    }

    private static short[] toShorts(int[] values) {
        short[] shorts = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            shorts[i] = (short) values[i];
        }
        return shorts;
    }

    /** Reads the lines of cities.tsv: name, country, latitude, longitude, population, alternate names (|). */
    private static final class Builder {
        final ByteArrayOutputStream names = new ByteArrayOutputStream(1 << 20);
        final Ints nameStart = new Ints();
        final Map<String, Integer> countries = new LinkedHashMap<>();
        final Ints country = new Ints();
        final Ints latitude = new Ints();
        final Ints longitude = new Ints();
        final Ints population = new Ints();
        final List<byte[]> keys = new ArrayList<>();
        final Ints keyPlace = new Ints();

        void add(String[] field) {
            int place = population.size();
            nameStart.add(names.size());
            names.writeBytes(field[0].getBytes(StandardCharsets.UTF_8));
            country.add(countries.computeIfAbsent(field[1], code -> countries.size()));
            latitude.add((int) Math.round(Double.parseDouble(field[2]) * 1000));
            longitude.add((int) Math.round(Double.parseDouble(field[3]) * 1000));
            population.add(Integer.parseInt(field[4]));
            Set<String> folded = new LinkedHashSet<>();
            folded.add(PlaceNames.fold(field[0]));
            if (field.length > 5 && !field[5].isEmpty()) {
                for (String alternate : field[5].split("\\|")) {
                    folded.add(PlaceNames.fold(alternate));
                }
            }
            for (String key : folded) {
                if (!key.isEmpty()) {
                    keys.add(key.getBytes(StandardCharsets.UTF_8));
                    keyPlace.add(place);
                }
            }
        }

        PlaceIndex build() {
            nameStart.add(names.size());
            int[] order = IntStream.range(0, keys.size())
                    .boxed()
                    .sorted((a, b) -> Arrays.compareUnsigned(keys.get(a), keys.get(b)))
                    .mapToInt(Integer::intValue)
                    .toArray();
            ByteArrayOutputStream sortedKeys = new ByteArrayOutputStream(1 << 22);
            int[] keyStart = new int[order.length + 1];
            int[] sortedPlaces = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                keyStart[i] = sortedKeys.size();
                sortedKeys.writeBytes(keys.get(order[i]));
                sortedPlaces[i] = keyPlace.get(order[i]);
            }
            keyStart[order.length] = sortedKeys.size();
            return new PlaceIndex(this, sortedKeys.toByteArray(), keyStart, sortedPlaces);
        }
    }

    /** A growable int array, to avoid boxing a few hundred thousand numbers. */
    static final class Ints {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
