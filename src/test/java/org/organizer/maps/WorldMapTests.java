package org.organizer.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class WorldMapTests {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final WorldMap maps = new WorldMap();

    private static final MapPoint LIMA = new MapPoint("Lima", -12.043, -77.028, 1);
    private static final MapPoint JULIACA = new MapPoint("Juliaca", -15.5, -70.133, 1);
    private static final MapPoint LA_PAZ = new MapPoint("La Paz", -16.5, -68.15, 3);
    private static final MapPoint PARIS = new MapPoint("Paris", 48.853, 2.349, 1);

    private final MapOptions options = MapOptions.titled("Day of action, 1 May", "Actions in 3 countries");

    @Test
    void drawsTheWorldAsAnAccessibleSvgWithACountryPerPath() throws Exception {
        String svg = maps.render(List.of(LIMA, PARIS), options);
        Document document = parse(svg);

        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("map-title map-desc");
        assertThat(document.getElementById("map-title")).isNull(); // ids are not typed without a schema
        assertThat(text(document, "title").getFirst()).isEqualTo("Day of action, 1 May");
        assertThat(text(document, "desc")).containsExactly("Actions in 3 countries");
        assertThat(countries(document)).contains("fr", "de", "pe", "bo", "ru", "fj", "br", "za", "au");
        assertThat(viewBox(svg)[2]).isEqualTo(1000);
    }

    @Test
    void theWholeWorldStaysSmallAndSelfContained() throws Exception {
        String svg = maps.render(List.of(LIMA, PARIS), options);

        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);
        assertThat(svg.replace("xmlns=\"" + SVG + "\"", "")).doesNotContain("http", "href", "url(");
        assertThat(svg).doesNotContain("<script", "style=", "<style", "font");
    }

    @Test
    void drawsOnePointPerPlaceTitledWithItsCount() throws Exception {
        MapOptions titled = options.withPointTitle((label, count) -> label + ": " + count + " actions");
        String svg = maps.render(List.of(LIMA, JULIACA, LIMA, new MapPoint("Lima", -12.043, -77.028, 2)), titled);

        assertThat(text(parse(svg), "circle")).containsExactly("Lima: 4 actions", "Juliaca: 1 actions");
    }

    @Test
    void highlightsTheCountriesAsked() throws Exception {
        Document document = parse(maps.render(List.of(LIMA), options.highlighting(Set.of("PE", "bo"))));

        List<String> highlighted = new ArrayList<>();
        NodeList paths = document.getElementsByTagNameNS(SVG, "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (path.getAttribute("class").equals("map-highlighted")) {
                highlighted.add(path.getAttribute("data-country"));
            }
        }
        assertThat(highlighted).containsExactlyInAnyOrder("pe", "bo");
    }

    @Test
    void zoomsToPointsInPeruAndBolivia() throws Exception {
        String svg = maps.render(List.of(LIMA, JULIACA, LA_PAZ), options.zoomedToPoints());
        double[] viewBox = viewBox(svg);
        double[] world = viewBox(maps.render(List.of(), options.zoomedToPoints()));

        assertThat(viewBox[2] * viewBox[3]).isLessThan(world[2] * world[3] / 20);
        assertThat(countries(parse(svg))).contains("pe", "bo", "br", "cl").doesNotContain("fr", "ru", "au");
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);
        Matcher circle = Pattern.compile("cx=\"([-.\\d]+)\" cy=\"([-.\\d]+)\"").matcher(svg);
        while (circle.find()) {
            assertThat(Double.parseDouble(circle.group(1))).isBetween(viewBox[0], viewBox[0] + viewBox[2]);
            assertThat(Double.parseDouble(circle.group(2))).isBetween(viewBox[1], viewBox[1] + viewBox[3]);
        }
    }

    @Test
    void showsTheWholeWorldWhenPointsAreSpreadOverIt() {
        String svg = maps.render(List.of(LIMA, PARIS, new MapPoint("Sydney", -33.868, 151.207, 1)), options);

        assertThat(viewBox(maps.render(
                        List.of(LIMA, PARIS, new MapPoint("Sydney", -33.868, 151.207, 1)), options.zoomedToPoints())))
                .isEqualTo(viewBox(svg));
    }

    @Test
    void countriesAcrossTheAntimeridianDrawNoLineAcrossTheMap() throws Exception {
        for (String svg : List.of(
                maps.render(List.of(), options),
                maps.render(List.of(new MapPoint("Suva", -18.14, 178.44, 1)), options.zoomedToPoints()))) {
            double halfWidth = viewBox(svg)[2] / 2;
            NodeList paths = parse(svg).getElementsByTagNameNS(SVG, "path");
            for (int i = 0; i < paths.getLength(); i++) {
                Element path = (Element) paths.item(i);
                if (Set.of("ru", "fj").contains(path.getAttribute("data-country"))) {
                    assertThat(widestStep(path.getAttribute("d")))
                            .as("widest step of %s", path.getAttribute("data-country"))
                            .isLessThan(halfWidth);
                }
            }
        }
        // Chukotka, east of 180°, is drawn at the western edge of the world map.
        assertThat(westmost(pathOf(maps.render(List.of(), options), "ru"))).isLessThan(EqualEarth.x(-175, 66));
    }

    @Test
    void escapesTheCallersText() throws Exception {
        String svg = maps.render(
                List.of(new MapPoint("<Tom & Jerry's>", 0, 0, 1)),
                MapOptions.titled("A <b>map</b>", "\"quoted\" & more").withId("day-map"));

        Document document = parse(svg);
        assertThat(text(document, "title")).contains("A <b>map</b>", "<Tom & Jerry's> (1)");
        assertThat(document.getDocumentElement().getAttribute("aria-labelledby"))
                .isEqualTo("day-map-title day-map-desc");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> text(Document document, String element) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS(SVG, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> countries(Document document) {
        List<String> codes = new ArrayList<>();
        NodeList paths = document.getElementsByTagNameNS(SVG, "path");
        for (int i = 0; i < paths.getLength(); i++) {
            codes.add(((Element) paths.item(i)).getAttribute("data-country"));
        }
        return codes;
    }

    private static double[] viewBox(String svg) {
        Matcher m = Pattern.compile("viewBox=\"([^\"]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        String[] parts = m.group(1).split(" ");
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Double.parseDouble(parts[i]);
        }
        return box;
    }

    private static String pathOf(String svg, String country) {
        Matcher m = Pattern.compile("data-country=\"" + country + "\"[^>]* d=\"([^\"]+)\"")
                .matcher(svg);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The widest horizontal step in path data made of "M x y l dx dy … z" rings. */
    private static double widestStep(String d) {
        double widest = 0;
        Matcher ring = Pattern.compile("M([^l]+)l([^z]*)z").matcher(d);
        while (ring.find()) {
            double[] start = numbers(ring.group(1));
            double[] steps = numbers(ring.group(2));
            double x = start[0];
            for (int i = 0; i < steps.length; i += 2) {
                widest = Math.max(widest, Math.abs(steps[i]));
                x += steps[i];
            }
            widest = Math.max(widest, Math.abs(x - start[0])); // "z" back to the start
        }
        return widest;
    }

    private static double westmost(String d) {
        double westmost = Double.MAX_VALUE;
        Matcher ring = Pattern.compile("M([^l]+)l([^z]*)z").matcher(d);
        while (ring.find()) {
            double x = numbers(ring.group(1))[0];
            westmost = Math.min(westmost, x);
            double[] steps = numbers(ring.group(2));
            for (int i = 0; i < steps.length; i += 2) {
                x += steps[i];
                westmost = Math.min(westmost, x);
            }
        }
        return westmost;
    }

    private static double[] numbers(String text) {
        Matcher number = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)").matcher(text);
        List<Double> values = new ArrayList<>();
        while (number.find()) {
            values.add(Double.parseDouble(number.group()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
