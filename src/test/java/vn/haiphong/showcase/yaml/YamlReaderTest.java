package vn.haiphong.showcase.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static YamlReader.Result ok(String yaml) {
        YamlReader.Result r = YamlReader.read(yaml, 1);
        assertTrue(r.ok(), () -> r.line() + ": " + r.problem());
        return r;
    }

    private static YamlReader.Result problem(String yaml) {
        YamlReader.Result r = YamlReader.readMap(yaml, 1);
        assertFalse(r.ok(), "expected a problem");
        assertNull(r.root());
        return r;
    }

    @Test
    void nestedKeysAndListItemsHaveTheirLines() {
        YamlNode root = ok("""
                # a comment
                title: Hai Phong
                images:
                  widths: [480, 960]
                  jpegQuality: 82
                menu:
                  - page: about
                  - {page: news}
                  -
                    url: /en/x/
                """).root();
        assertEquals(2, root.lineOf("title"));
        assertEquals(3, root.lineOf("images"));
        YamlNode images = root.get("images");
        assertEquals(4, images.line(), "a block mapping starts at its first key");
        assertEquals(4, images.lineOf("widths"));
        assertEquals(5, images.lineOf("jpegQuality"));
        List<YamlNode> menu = root.get("menu").list();
        assertEquals(List.of(7, 8, 10), menu.stream().map(YamlNode::line).toList());
        assertEquals(10, menu.get(2).lineOf("url"));
        assertEquals("news", menu.get(1).get("page").text());
    }

    @Test
    void linesStayRightAfterBlockScalarsAndMultiLineFlowLists() {
        YamlNode root = ok("""
                description: |
                  First line.

                  Third line, after a blank one.
                folded: >-
                  one
                  two
                tags: [harbour,
                       "Cat Ba",
                       food]
                plain: a long text
                  that goes on
                quoted: "also
                  long"
                weight: heavy
                """).root();
        assertEquals(1, root.lineOf("description"));
        assertEquals(5, root.lineOf("folded"));
        assertEquals(8, root.lineOf("tags"));
        assertEquals(List.of(8, 9, 10), root.get("tags").list().stream().map(YamlNode::line).toList());
        assertEquals(11, root.lineOf("plain"));
        assertEquals(13, root.lineOf("quoted"));
        assertEquals(15, root.lineOf("weight"));
        assertEquals("First line.\n\nThird line, after a blank one.\n", root.get("description").text());
    }

    @Test
    void linesAreFileLinesWhenTheYamlStartsFurtherDown() {
        // front matter: the YAML text starts on line 2 of the Markdown file, under `---`
        YamlReader.Result r = YamlReader.readMap("title: A\ndescription: >\n  x\n  y\ndate: 13/05/1955\n", 2);
        assertTrue(r.ok());
        assertEquals(2, r.root().lineOf("title"));
        assertEquals(6, r.root().lineOf("date"));
        YamlReader.Result bad = YamlReader.readMap("title: A\ntags: [a,\n", 2);
        assertFalse(bad.ok());
        assertTrue(bad.line() >= 3, "line " + bad.line());
    }

    @Test
    void valuesAreTypedLikeBeforeWithDatesKeptAsText() {
        Map<String, Object> map = YamlReader.readMap("""
                paginate: 10
                ratio: 0.5
                draft: true
                date: 2025-05-13
                time: 2025-05-13T08:00:00+07:00
                tags: [a, b]
                empty:
                1: one
                """, 1).map();
        assertEquals(10, map.get("paginate"));
        assertEquals(0.5, map.get("ratio"));
        assertEquals(Boolean.TRUE, map.get("draft"));
        assertEquals("2025-05-13", map.get("date"));
        assertEquals("2025-05-13T08:00:00+07:00", map.get("time"));
        assertEquals(List.of("a", "b"), map.get("tags"));
        assertTrue(map.containsKey("empty") && map.get("empty") == null);
        assertEquals("one", map.get("1"), "keys are text");
        assertEquals(List.of("paginate", "ratio", "draft", "date", "time", "tags", "empty", "1"), List.copyOf(map.keySet()));
    }

    @Test
    void scalarsKeepTheirWrittenText() {
        YamlNode root = ok("slot: 01\nno: Norsk\nwalls: #eeeeee\n").root();
        assertEquals("01", root.get("slot").text());
        assertEquals("Norsk", root.get("no").text(), "keys as written, not as YAML 1.1 booleans");
        assertEquals("", root.get("walls").text(), "an unquoted # starts a comment");
    }

    @Test
    void aDuplicateKeyIsAProblemAtTheSecondOne() {
        YamlReader.Result r = problem("title: A\ndescription: x\ntitle: B\n");
        assertEquals(3, r.line());
        assertTrue(r.problem().startsWith("invalid YAML") && r.problem().contains("duplicate key title"), r.problem());
        YamlReader.Result nested = problem("images:\n  avif: true\n  avif: false\n");
        assertEquals(3, nested.line());
    }

    @Test
    void aSyntaxErrorIsAProblemAtItsLine() {
        YamlReader.Result r = problem("title: A\ndescription: \"unclosed\nbody: x\n");
        assertTrue(r.problem().startsWith("invalid YAML: "), r.problem());
        assertTrue(r.line() >= 2, "line " + r.line());
        YamlReader.Result tab = problem("menu:\n  - page: a\n\t- page: b\n");
        assertEquals(3, tab.line(), tab.problem());
    }

    @Test
    void aDocumentThatIsNotAMappingIsAProblemOnlyWhereAMappingIsExpected() {
        YamlReader.Result r = problem("\n- a\n- b\n");
        assertEquals(2, r.line());
        assertEquals("expected a mapping of `key: value` lines, found a list", r.problem());
        assertEquals("expected a mapping of `key: value` lines, found a single value \"hello\"", problem("hello").problem());
        assertTrue(YamlReader.read("- a\n", 1).root().isList());
        assertTrue(YamlReader.readMap("", 1).map().isEmpty());
        assertTrue(YamlReader.readMap("# only a comment\n", 1).root().isMap());
        assertTrue(YamlReader.readMap("~\n", 1).map().isEmpty());
    }

    @Test
    void aYamlBombIsRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            bomb.append("]\n");
        }
        YamlReader.Result r = problem(bomb.toString());
        assertTrue(r.problem().contains("aliases"), r.problem());
    }

    @Test
    void aFewAliasesAndMergeKeysAreFine() {
        YamlReader.Result r = ok("""
                base: &base {walls: "#eeeeee", floor: "#333333"}
                hall:
                  <<: *base
                  accent: "#b3202a"
                again: *base
                """);
        YamlNode hall = r.root().get("hall");
        assertEquals("#eeeeee", hall.get("walls").text());
        assertEquals(4, hall.lineOf("accent"));
        assertEquals(Map.of("walls", "#eeeeee", "floor", "#333333", "accent", "#b3202a"), r.map().get("hall"));
    }

    @Test
    void aCollectionInsideItselfIsAProblemNotAStackOverflow() {
        YamlReader.Result r = YamlReader.read("rooms: &r\n  - id: a\n  - *r\n", 1);
        assertFalse(r.ok());
        assertEquals(1, r.line(), "where the anchor is");
        assertTrue(r.problem().contains("`*r`"), r.problem());
    }

    @Test
    void javaTypesAndBadTypedValuesAreProblemsNotExceptions() {
        YamlReader.Result r = problem("x: !!java.io.File /etc/passwd\n");
        assertEquals(1, r.line());
        assertTrue(r.problem().startsWith("invalid YAML"), r.problem());
        YamlReader.Result notInt = problem("a: 1\nx: !!int abc\n");
        assertEquals(2, notInt.line());
        assertEquals("invalid YAML: `abc` is not a valid !!int", notInt.problem());
        assertFalse(YamlReader.readMap("x: !!float abc\n", 1).ok());
        assertFalse(YamlReader.readMap("x: !!binary '%%%'\n", 1).ok());
    }
}
