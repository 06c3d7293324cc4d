package vn.haiphong.showcase.markdown.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class StaticMapTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final int BUDGET_BYTES = 25_000;
    private final StaticMap drawer = new StaticMap();

    /** The maps the default site shows, labelled in its languages. */
    static List<MapSpec> sitePlaces() {
        return List.of(
                new MapSpec(20.80, 107.00, 10, List.of(new MapPoint(20.7275, 107.0486, "Thị trấn Cát Bà"),
                        new MapPoint(20.765, 107.09, "Vịnh Lan Hạ")), "vi", "Bản đồ quần đảo Cát Bà"),
                new MapSpec(20.71, 106.79, 11, List.of(new MapPoint(20.7142, 106.7936, "Đồ Sơn"),
                        new MapPoint(20.665, 106.813, "Hòn Dấu")), "en", "Map of Đồ Sơn"),
                new MapSpec(20.83, 106.93, 10, List.of(new MapPoint(20.8333, 106.9667, "ラックフェン国際港"),
                        new MapPoint(20.84, 106.78, "ディンヴー工業団地")), "ja", "ラックフェン港の地図"),
                new MapSpec(20.85, 106.68, 8, List.of(new MapPoint(20.8449, 106.6881, "海防市中心"),
                        new MapPoint(20.94, 106.33, "海阳"), new MapPoint(20.7275, 107.0486, "吉婆岛"),
                        new MapPoint(20.72, 106.79, "涂山"), new MapPoint(20.8333, 106.9667, "拉县港")),
                        "zh-Hans", "海防市地图"),
                new MapSpec(20.85, 106.68, 8, List.of(new MapPoint(20.8449, 106.6881, "하이퐁 도심"),
                        new MapPoint(20.7275, 107.0486, "깟바섬")), "ko", "하이퐁시 지도"));
    }

    @Test
    void theSitesMapsAreAccessibleXmlWithEveryLabelAndStayUnderTheBudget() throws Exception {
        for (MapSpec spec : sitePlaces()) {
            String svg = drawer.svg(spec);
            int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= BUDGET_BYTES, spec.title() + " is " + bytes + " bytes, over " + BUDGET_BYTES);

            Element root = parse(svg).getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals(SVG_NS, root.getNamespaceURI());
            assertEquals("img", root.getAttribute("role"));
            assertEquals("0 0 640 400", root.getAttribute("viewBox"));
            Element title = (Element) root.getElementsByTagNameNS(SVG_NS, "title").item(0);
            assertEquals(root.getAttribute("aria-labelledby"), title.getAttribute("id"));
            assertEquals(spec.title(), title.getTextContent());
            List<String> texts = texts(root);
            for (MapPoint p : spec.points()) {
                assertTrue(texts.contains(p.label()), "label " + p.label() + " missing from " + texts);
            }
            assertTrue(svg.contains("fill=\"#f3efe6\""), "no land drawn on " + spec.title());
        }
    }

    @Test
    void islandDenseViewsDropDetailUntilTheyFitTheBudget() throws Exception {
        // Ha Long Bay's two thousand islets: at zoom 9 the finest detail would weigh ~38 KB
        for (MapSpec spec : List.of(new MapSpec(20.90, 107.10, 9, List.of(new MapPoint(20.91, 107.08, "Vịnh Hạ Long")), "vi", "Hạ Long"),
                new MapSpec(21.0, 107.4, 9, List.of(), "vi", "Bái Tử Long"),
                new MapSpec(20.90, 107.10, 10, List.of(), "vi", "Hạ Long 10"))) {
            String svg = drawer.svg(spec);
            int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= BUDGET_BYTES, spec.title() + ": " + bytes + " bytes");
            assertTrue(bytes > BUDGET_BYTES / 2, spec.title() + " keeps most of its detail: " + bytes + " bytes");
            parse(svg);
        }
    }

    @Test
    void landIsWhereLandIs() {
        Coastline coast = Coastline.bundled();
        assertTrue(coast.isLand(20.857, 106.683), "central Hai Phong (Le Chan)");
        assertTrue(coast.isLand(20.94, 106.33), "Hai Duong city");
        assertTrue(coast.isLand(20.80, 107.03), "the middle of Cat Ba island");
        assertTrue(coast.isLand(20.72, 106.775), "Do Son");
        assertTrue(coast.isLand(20.132, 107.736), "Bach Long Vi island");
        assertFalse(coast.isLand(20.30, 107.20), "the Gulf of Tonkin");
        assertFalse(coast.isLand(20.70, 106.90), "the sea off Do Son");
        assertFalse(coast.isLand(20.18, 107.60), "the sea west of Bach Long Vi");
        assertFalse(coast.isLand(25.0, 100.0), "outside the bundled region");
    }

    @Test
    void theBundledFileIsReadAsItsNoticeDescribesAndOtherFilesAreRefused() {
        Coastline coast = Coastline.bundled();
        assertEquals(105.2, coast.west, 1e-9);
        assertEquals(19.5, coast.south, 1e-9);
        assertEquals(108.6, coast.east, 1e-9);
        assertEquals(21.9, coast.north, 1e-9);
        assertTrue(coast.shores.size() > 1000, "Ha Long and Lan Ha bays' islands are there: " + coast.shores.size());
        assertFalse(coast.rivers.isEmpty());
        assertFalse(coast.borders.isEmpty());
        assertThrows(java.io.IOException.class, () -> Coastline.read("HPCL\u0002".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(java.io.IOException.class, () -> Coastline.read("<svg>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theDataCoversEveryPlaceAZoomEightMapOfTheCityNeeds() {
        for (MapSpec spec : List.of(new MapSpec(20.85, 106.68, 8, List.of(), "vi", "city"),
                new MapSpec(20.94, 106.33, 8, List.of(), "vi", "Hai Duong"),
                new MapSpec(21.0, 106.5, 8, List.of(), "vi", "north of the city"),
                new MapSpec(20.13, 107.73, 8, List.of(), "vi", "Bach Long Vi"))) {
            assertEquals(List.of(), drawer.problems(spec), spec.title());
        }
    }

    @Test
    void equalSpecsGiveEqualBytesAndDifferentMapsDifferentIds() {
        MapSpec spec = sitePlaces().get(0);
        MapSpec same = new MapSpec(spec.lat(), spec.lon(), spec.zoom(), new ArrayList<>(spec.points()), spec.languageTag(),
                new String(spec.title().toCharArray()));
        String first = drawer.svg(spec);
        assertEquals(first, new StaticMap().svg(same));
        List<String> parallel = IntStream.range(0, 8).parallel().mapToObj(i -> drawer.svg(same)).toList();
        parallel.forEach(s -> assertEquals(first, s));

        List<String> ids = sitePlaces().stream().map(StaticMap::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        assertTrue(ids.get(0).matches("map-[0-9a-f]{10}"), ids.get(0));
    }

    @Test
    void labelsAndTitleAreEscapedAndComeBackExactly() throws Exception {
        String label = "Bến <Bính> & \"Tam Bạc\" 'cũ'";
        MapSpec spec = new MapSpec(20.85, 106.68, 10, List.of(new MapPoint(20.86, 106.68, label)), "vi",
                "A <map> & a \"title\"");
        String svg = drawer.svg(spec);
        assertFalse(svg.contains("<Bính>"));
        assertFalse(svg.contains("<map>"));
        Element root = parse(svg).getDocumentElement();
        assertTrue(texts(root).contains(label), texts(root).toString());
        assertEquals(spec.title(), root.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent());

        // what XML cannot hold is left out, the rest (an emoji's surrogate pair too) is kept
        MapSpec odd = new MapSpec(20.85, 106.68, 10, List.of(new MapPoint(20.86, 106.68, "Bến\u0001 \uD800tàu \uD83D\uDEA2")), "vi", "t");
        assertTrue(texts(parse(drawer.svg(odd)).getDocumentElement()).contains("Bến tàu \uD83D\uDEA2"));
    }

    @Test
    void nothingTheContentSecurityPolicyForbidsAndNoFinerCoordinatesThanTenths() throws Exception {
        for (MapSpec spec : sitePlaces()) {
            String svg = drawer.svg(spec);
            Element root = parse(svg).getDocumentElement();
            assertEquals(0, root.getElementsByTagNameNS(SVG_NS, "style").getLength());
            assertEquals(0, root.getElementsByTagNameNS(SVG_NS, "script").getLength());
            NodeList all = root.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                assertFalse(e.hasAttribute("style"), "style attribute on <" + e.getLocalName() + ">");
                assertFalse(e.hasAttribute("href") || e.hasAttribute("xlink:href"), "no references out of the map");
            }
            Matcher m = Pattern.compile("\\d\\.\\d\\d").matcher(svg.replace(root.getAttribute("aria-labelledby"), ""));
            assertFalse(m.find(), "a coordinate with more than one decimal: " + (m.find(0) ? m.group() : ""));
        }
    }

    @Test
    void labelsFlipLeftNearTheRightEdgeAndDoNotCoverEachOther() throws Exception {
        MercatorView view = new MercatorView(20.85, 106.68, 10);
        double nearRightEdge = view.lonAt(600);
        MapSpec spec = new MapSpec(20.85, 106.68, 10, List.of(
                new MapPoint(20.85, nearRightEdge, "Khu công nghiệp Nam Đình Vũ"),
                new MapPoint(20.80, 106.60, "Cảng Hải Phòng"),
                new MapPoint(20.80, 106.6005, "Cảng Hoàng Diệu")), "vi", "Ba điểm");
        Element root = parse(drawer.svg(spec)).getDocumentElement();
        List<Element> labels = new ArrayList<>();
        NodeList texts = root.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (spec.points().stream().anyMatch(p -> p.label().equals(t.getTextContent()))) {
                labels.add(t);
            }
        }
        assertEquals(3, labels.size());
        assertEquals("end", labels.get(0).getAttribute("text-anchor"), "the label at the right edge reads leftwards");
        assertNotEquals(labels.get(1).getAttribute("y") + labels.get(1).getAttribute("text-anchor"),
                labels.get(2).getAttribute("y") + labels.get(2).getAttribute("text-anchor"),
                "two labels of one place are moved apart");
    }

    @Test
    void specsItCannotDrawAreRefusedWithASentenceThatSaysWhatToChange() {
        MapSpec tooFar = new MapSpec(20.85, 106.68, 6, List.of(new MapPoint(20.85, 106.68, "x")), "vi", "t");
        assertTrue(drawer.problems(tooFar).get(0).contains("zoom 6 is outside 8–12"), drawer.problems(tooFar).toString());
        MapSpec outsideData = new MapSpec(10.78, 106.70, 10, List.of(), "vi", "Sài Gòn");
        assertTrue(drawer.problems(outsideData).get(0).contains("beyond the coastline data"));
        MapSpec pointOff = new MapSpec(20.85, 106.68, 12, List.of(new MapPoint(20.72, 107.05, "Cát Bà")), "vi", "t");
        List<String> problems = drawer.problems(pointOff);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("\"Cát Bà\"") && problems.get(0).contains("lower the zoom"), problems.get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> drawer.svg(pointOff));
        assertEquals(problems.get(0), e.getMessage());
    }

    @Test
    void attributionNamesTheDataAndItsLicence() {
        assertEquals("Coastline: GSHHG (LGPL-3.0), Wessel & Smith", drawer.attribution());
    }

    @Test
    void scaleBarShowsARoundLengthInKilometres() throws Exception {
        List<String> eight = texts(parse(drawer.svg(sitePlaces().get(3))).getDocumentElement());
        List<String> eleven = texts(parse(drawer.svg(sitePlaces().get(1))).getDocumentElement());
        assertTrue(eight.contains("20 km"), eight.toString());
        assertTrue(eleven.contains("2 km"), eleven.toString());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Element root) {
        List<String> out = new ArrayList<>();
        NodeList texts = root.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }
}
