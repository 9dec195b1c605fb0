package org.organizer.maps;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Draws world maps as SVG: countries from Natural Earth (1:110m for the world, 1:50m once zoomed in) in the Equal
 * Earth projection, highlighted countries, and points sized by their count. The SVG has no script, no external
 * reference and no text to lay out; it scales to its container ({@code width="100%"} with a viewBox) and sets no
 * inline style, so it passes a strict Content-Security-Policy. Pages can restyle it through its classes and
 * {@code data-country} attributes. Country paths are kept per viewport, so a request only adds its points.
 */
@Component
public class WorldMap {

    private static final String COARSE = "/maps/countries-110m.json.gz";
    private static final String FINE = "/maps/countries-50m.json.gz";

    private final Supplier<Map<String, String>> codes = memoize(() -> Topology.countryCodes("/maps/country-codes.tsv"));
    private final Supplier<Topology> coarse = memoize(() -> Topology.load(COARSE, codes.get()));
    private final Supplier<Topology> fine = memoize(() -> Topology.load(FINE, codes.get()));
    private final Cache<Viewport, List<BaseMap.CountryPath>> baseMaps =
            Caffeine.newBuilder().maximumSize(64).build();

    public String render(List<MapPoint> points, MapOptions options) {
        StringBuilder svg = new StringBuilder(96 * 1024);
        try {
            render(points, options, svg);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return svg.toString();
    }

    public void render(List<MapPoint> points, MapOptions options, Appendable out) throws IOException {
        List<MapPoint> merged = merge(points);
        Viewport viewport = options.zoomToPoints() ? Framing.around(merged) : Viewport.WORLD;
        double pixel = viewport.unitsPerPixel();
        int precision = viewport.precision();
        String id = options.id();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(viewport.viewBox())
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" class=\"world-map\">\n<title id=\"")
                .append(id)
                .append("-title\">")
                .append(Xml.text(options.title()))
                .append("</title>\n<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(Xml.text(options.description()))
                .append("</desc>\n<g class=\"map-countries\" fill=\"#dedede\" stroke=\"#ffffff\" stroke-width=\"")
                .append(Numbers.format(0.6 * pixel, precision))
                .append("\" stroke-linejoin=\"round\">\n");
        for (BaseMap.CountryPath country : baseMap(viewport)) {
            out.append("<path");
            if (country.code() != null) {
                out.append(" data-country=\"").append(country.code()).append('"');
                if (options.highlightedCountries().contains(country.code())) {
                    out.append(" class=\"map-highlighted\" fill=\"#f3c1a8\"");
                }
            }
            out.append(" d=\"").append(country.pathData()).append("\"/>\n");
        }
        out.append(
                        "</g>\n<g class=\"map-points\" fill=\"#b2341f\" fill-opacity=\".85\" stroke=\"#ffffff\" stroke-width=\"")
                .append(Numbers.format(pixel, precision))
                .append("\">\n");
        for (MapPoint point : merged) {
            double radius = pixel * Math.min(20, 6 + 3 * (Math.sqrt(point.count()) - 1));
            out.append("<circle cx=\"")
                    .append(Numbers.format(EqualEarth.x(point.longitude(), point.latitude()), precision))
                    .append("\" cy=\"")
                    .append(Numbers.format(EqualEarth.y(point.latitude()), precision))
                    .append("\" r=\"")
                    .append(Numbers.format(radius, precision))
                    .append("\"><title>")
                    .append(Xml.text(options.pointTitle().of(point.label(), point.count())))
                    .append("</title></circle>\n");
        }
        out.append("</g>\n</svg>\n");
    }

    private List<BaseMap.CountryPath> baseMap(Viewport viewport) {
        Topology topology = viewport.width() < Viewport.WORLD.width() / 2 ? fine.get() : coarse.get();
        return baseMaps.get(viewport, v -> BaseMap.draw(topology, v));
    }

    /** One point per position (to 0.01°), counts added, labels joined; the biggest drawn first, under the rest. */
    static List<MapPoint> merge(List<MapPoint> points) {
        record Position(long latitude, long longitude) {}
        Map<Position, List<MapPoint>> byPosition = new LinkedHashMap<>();
        for (MapPoint point : points) {
            byPosition
                    .computeIfAbsent(
                            new Position(Math.round(point.latitude() * 100), Math.round(point.longitude() * 100)),
                            p -> new ArrayList<>())
                    .add(point);
        }
        List<MapPoint> merged = new ArrayList<>(byPosition.size());
        for (List<MapPoint> same : byPosition.values()) {
            Set<String> labels = new LinkedHashSet<>();
            int count = 0;
            for (MapPoint point : same) {
                labels.add(point.label());
                count += point.count();
            }
            MapPoint first = same.getFirst();
            merged.add(new MapPoint(String.join(", ", labels), first.latitude(), first.longitude(), count));
        }
        merged.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return merged;
    }

    private static <T> Supplier<T> memoize(Supplier<T> load) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T loaded = value;
                if (loaded == null) {
                    synchronized (this) {
                        loaded = value;
                        if (loaded == null) {
                            loaded = load.get();
                            value = loaded;
                        }
                    }
                }
                return loaded;
            }
        };
    }
}
