package org.organizer.maps;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Loose measurements for docs/maps.md: gazetteer load time and size, map sizes and render times with 200
 * points, and sample SVGs written to target/maps/. Run with tools/maps/bench.sh.
 */
public final class MapsBenchmark {

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target/maps");
        Files.createDirectories(out);

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Gazetteer gazetteer = new Gazetteer();
        int places = gazetteer.size();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(
                "gazetteer: %d places loaded in %d ms, arrays %.1f MB, heap growth after GC %.1f MB%n",
                places, loadMillis, gazetteer.heapBytes() / 1e6, (heapAfter - heapBefore) / 1e6);

        List<Place> cities = gazetteer.search("a", null, 2000);
        Random random = new Random(1);
        List<MapPoint> world = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            world.add(MapPoint.of(cities.get(random.nextInt(cities.size())), 1 + random.nextInt(5)));
        }
        List<MapPoint> latinAmerica = new ArrayList<>();
        for (String country : List.of("PE", "BO", "CL", "AR", "BR", "EC", "CO")) {
            for (Place place : gazetteer.search("s", country, 30)) {
                latinAmerica.add(MapPoint.of(place, 1 + random.nextInt(3)));
            }
        }

        WorldMap maps = new WorldMap();
        MapOptions options =
                MapOptions.titled("Day of action", "Actions around the world").highlighting(Set.of("PE", "BO", "FR"));
        measure(maps, "world-200-points", world, options, out);
        measure(maps, "latin-america", latinAmerica, options.zoomedToPoints(), out);
        measure(
                maps,
                "peru-bolivia",
                List.of(
                        MapPoint.of(gazetteer.find("Lima", "PE").orElseThrow(), 3),
                        MapPoint.of(gazetteer.find("Juliaca", "PE").orElseThrow(), 1),
                        MapPoint.of(gazetteer.find("La Paz", "BO").orElseThrow(), 2)),
                options.zoomedToPoints(),
                out);
        measure(
                maps,
                "europe",
                List.of(
                        MapPoint.of(gazetteer.find("Paris", "FR").orElseThrow(), 3),
                        MapPoint.of(gazetteer.find("Genova", "IT").orElseThrow(), 1),
                        MapPoint.of(gazetteer.find("Berlin", "DE").orElseThrow(), 2)),
                options.zoomedToPoints(),
                out);
        measure(
                maps,
                "fiji",
                List.of(MapPoint.of(gazetteer.find("Suva", "FJ").orElseThrow(), 1)),
                options.zoomedToPoints(),
                out);
    }

    private static void measure(WorldMap maps, String name, List<MapPoint> points, MapOptions options, Path out)
            throws Exception {
        long first = System.nanoTime();
        String svg = maps.render(points, options);
        long firstMicros = (System.nanoTime() - first) / 1000;
        int runs = 50;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            svg = maps.render(points, options);
        }
        long micros = (System.nanoTime() - start) / 1000 / runs;
        Files.writeString(out.resolve(name + ".svg"), svg);
        System.out.printf(
                "%-18s %3d points: %6.1f KB, first render %5d ms, then %5d µs%n",
                name,
                WorldMap.merge(points).size(),
                svg.getBytes(StandardCharsets.UTF_8).length / 1024.0,
                firstMicros / 1000,
                micros);
    }
}
