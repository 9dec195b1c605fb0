package org.organizer.maps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Country boundaries from a world-atlas TopoJSON file: arcs decoded to degrees, shared by neighbouring
 * countries (so simplifying an arc once keeps borders gap-free), and countries as rings of arc indices.
 */
final class Topology {

    /** A country's polygons: polygon, ring, arc index (negative {@code ~i}: arc i reversed). */
    record Country(@Nullable String code, int[][][] polygons) {}

    final double[][] longitudes;
    final double[][] latitudes;
    final List<Country> countries;

    private Topology(double[][] longitudes, double[][] latitudes, List<Country> countries) {
        this.longitudes = longitudes;
        this.latitudes = latitudes;
        this.countries = countries;
    }

    static Topology load(String resource, Map<String, String> countryCodes) {
        JsonNode topology;
        try (InputStream in = open(resource)) {
            topology = JsonMapper.builder().build().readTree(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        JsonNode transform = topology.get("transform");
        double scaleX = transform.get("scale").get(0).asDouble();
        double scaleY = transform.get("scale").get(1).asDouble();
        double translateX = transform.get("translate").get(0).asDouble();
        double translateY = transform.get("translate").get(1).asDouble();
        JsonNode arcs = topology.get("arcs");
        double[][] longitudes = new double[arcs.size()][];
        double[][] latitudes = new double[arcs.size()][];
        for (int a = 0; a < arcs.size(); a++) {
            JsonNode arc = arcs.get(a);
            longitudes[a] = new double[arc.size()];
            latitudes[a] = new double[arc.size()];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                longitudes[a][i] = x * scaleX + translateX;
                latitudes[a][i] = y * scaleY + translateY;
            }
        }
        List<Country> countries = new ArrayList<>();
        for (JsonNode geometry : topology.get("objects").get("countries").get("geometries")) {
            String type = geometry.path("type").asString("");
            JsonNode polygons = geometry.path("arcs");
            int[][][] rings = switch (type) {
                case "Polygon" -> new int[][][] {rings(polygons)};
                case "MultiPolygon" -> {
                    int[][][] all = new int[polygons.size()][][];
                    for (int p = 0; p < polygons.size(); p++) {
                        all[p] = rings(polygons.get(p));
                    }
                    yield all;
                }
                default -> new int[0][][];
            };
            String key = geometry.has("id")
                    ? geometry.get("id").asString()
                    : geometry.path("properties").path("name").asString("");
            String code = countryCodes.get(key);
            countries.add(new Country(code == null ? null : code.toLowerCase(Locale.ROOT), rings));
        }
        return new Topology(longitudes, latitudes, List.copyOf(countries));
    }

    static Map<String, String> countryCodes(String resource) {
        Map<String, String> codes = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#") && line.contains("\t")) {
                    codes.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return codes;
    }

    private static int[][] rings(JsonNode polygon) {
        int[][] rings = new int[polygon.size()][];
        for (int r = 0; r < polygon.size(); r++) {
            JsonNode ring = polygon.get(r);
            rings[r] = new int[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                rings[r][i] = ring.get(i).asInt();
            }
        }
        return rings;
    }

    private static InputStream open(String resource) {
        InputStream in = Topology.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}
