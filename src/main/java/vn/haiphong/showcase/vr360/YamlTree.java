package vn.haiphong.showcase.vr360;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML document as a tree that remembers lines, so that a problem deep inside
 * {@code exhibition.yaml} can be reported at its own line. Composing builds nodes only: no object
 * of any type is constructed from the text (safe by construction).
 */
final class YamlTree {
    /** A node: a mapping (ordered), a list, or a scalar (its text), with its 1-based line. */
    record YNode(int line, Map<String, YNode> map, List<YNode> list, String text) {
        boolean isMap() {
            return map != null;
        }

        boolean isList() {
            return list != null;
        }

        boolean isScalar() {
            return text != null;
        }

        YNode get(String key) {
            return map == null ? null : map.get(key);
        }

        /** The line of {@code key}'s value when present, else this node's line. */
        int lineOf(String key) {
            YNode n = get(key);
            return n != null ? n.line : line;
        }

        String kind() {
            return isMap() ? "a mapping" : isList() ? "a list" : "the value \"" + text + "\"";
        }
    }

    /** Either a tree or the problem (line, message) that stopped the parser. */
    record Parsed(YNode root, int line, String problem) {
    }

    private YamlTree() {
    }

    static Parsed parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(8 * 1024 * 1024);
        try {
            Node node = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            return new Parsed(node == null ? new YNode(1, Map.of(), null, null) : convert(node), 0, null);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() != null ? e.getContext() + ", " : "";
            return new Parsed(null, mark == null ? 0 : mark.getLine() + 1,
                    "invalid YAML: " + context + (e.getProblem() != null ? e.getProblem() : e.getMessage()));
        } catch (YAMLException e) {
            String m = String.valueOf(e.getMessage());
            return new Parsed(null, 0, "invalid YAML: " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m));
        }
    }

    private static YNode convert(Node node) {
        int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        if (node instanceof MappingNode m) {
            Map<String, YNode> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                YNode value = convert(t.getValueNode());
                map.put(key, value);
            }
            return new YNode(line, map, null, null);
        }
        if (node instanceof SequenceNode s) {
            List<YNode> list = new ArrayList<>();
            for (Node n : s.getValue()) {
                list.add(convert(n));
            }
            return new YNode(line, null, list, null);
        }
        return new YNode(line, null, null, ((ScalarNode) node).getValue());
    }
}
