package vn.haiphong.showcase.yaml;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one YAML reader of the project, for site.yaml, front matter, UI strings and the exhibition.
 * It gives a document's values and, beside them, its {@link YamlNode} tree, which knows the line of
 * every key and item, so that a wrong value is reported where it is written.
 *
 * <p>Reading is safe: only plain maps, lists, strings, numbers and booleans come out, never Java
 * types; there are no implicit timestamps (dates stay text, so {@code 2025-05-13} is read as a
 * local date, not an instant in UTC); a key given twice is an error; aliases of collections are
 * limited (a "billion laughs" file is refused) and a collection may not contain itself.
 */
public final class YamlReader {

    /**
     * What reading gave: the node tree and the document's top-level values by key (empty unless
     * the document is a mapping), or the problem that stopped the reader, with its line in the file
     * (0 when the parser could not tell).
     */
    public record Result(YamlNode root, Map<String, Object> map, int line, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private YamlReader() {
    }

    /**
     * Reads {@code text}, whose first line is line {@code firstLine} of its file (1 for a file of
     * its own; where the front matter starts for a Markdown page). An empty text is an empty mapping.
     */
    public static Result read(String text, int firstLine) {
        return read(text, firstLine, false);
    }

    /**
     * Like {@link #read}, for files that must be a mapping of {@code key: value} lines: any other
     * document is a problem at its line. An empty text, or one holding only {@code null}, is an
     * empty mapping.
     */
    public static Result readMap(String text, int firstLine) {
        return read(text, firstLine, true);
    }

    private static Result read(String text, int firstLine, boolean mappingOnly) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be 1 or more, was " + firstLine);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(8 * 1024 * 1024);
        Values values = new Values(options);
        YamlNode empty = YamlNode.mapping(firstLine, Map.of(), Map.of());
        try {
            Node node = new Composer(new ParserImpl(new StreamReader(text), options), new NoTimestampResolver(), options)
                    .getSingleNode();
            if (node == null) {
                return new Result(empty, Map.of(), 0, null);
            }
            boolean isNull = Tag.NULL.equals(node.getTag());
            // Constructing first also merges `<<:` keys into the nodes, so the tree below shows them.
            Object value = isNull ? null : values.construct(node);
            Tree tree = new Tree(firstLine);
            YamlNode root = tree.convert(node);
            if (tree.loop != null) {
                return new Result(null, Map.of(), tree.line(tree.loop), "invalid YAML: the alias `*" + tree.loop.getAnchor()
                        + "` puts a list or mapping inside itself");
            }
            if (!mappingOnly || root.isMap()) {
                return new Result(root, stringKeys(value), 0, null);
            }
            if (isNull) {
                return new Result(empty, Map.of(), 0, null);
            }
            return new Result(null, Map.of(), root.line(), "expected a mapping of `key: value` lines, found "
                    + (root.isList() ? "a list" : "a single value \"" + root.text() + "\""));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() != null ? e.getContext() + ", " : "";
            return new Result(null, Map.of(), mark == null ? 0 : mark.getLine() + firstLine,
                    "invalid YAML: " + context + (e.getProblem() != null ? e.getProblem() : firstLine(e.getMessage())));
        } catch (YAMLException e) {
            return new Result(null, Map.of(), 0, "invalid YAML: " + firstLine(e.getMessage()));
        }
    }

    private static Map<String, Object> stringKeys(Object value) {
        if (!(value instanceof Map<?, ?> raw)) {
            return Map.of();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        raw.forEach((k, v) -> map.put(String.valueOf(k), v));
        return Collections.unmodifiableMap(map);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** SnakeYAML's safe constructor, opened up to construct a node that was composed already. */
    private static final class Values extends SafeConstructor {
        Values(LoaderOptions options) {
            super(options);
            setAllowDuplicateKeys(options.isAllowDuplicateKeys());
        }

        Object construct(Node node) {
            return constructDocument(node);
        }

        /** SnakeYAML lets a value that does not fit its tag ({@code !!int abc}) escape as a bare exception. */
        @Override
        protected Object constructObject(Node node) {
            try {
                return super.constructObject(node);
            } catch (YAMLException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new BadValue(node);
            }
        }
    }

    /** A value that does not fit its explicit tag, at the value's line. */
    private static final class BadValue extends MarkedYAMLException {
        private static final long serialVersionUID = 1L;

        BadValue(Node node) {
            super(null, null, (node instanceof ScalarNode s ? "`" + s.getValue() + "`" : "the value") + " is not a valid "
                    + node.getTag().getValue().replace(Tag.PREFIX, "!!"), node.getStartMark());
        }
    }

    /** The composed nodes as {@link YamlNode}s; a node reached twice through an alias is converted once. */
    private static final class Tree {
        private final int firstLine;
        private final Map<Node, YamlNode> done = new IdentityHashMap<>();
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        /** A collection found inside itself, which no file of ours means to write. */
        private Node loop;

        Tree(int firstLine) {
            this.firstLine = firstLine;
        }

        int line(Node node) {
            return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + firstLine;
        }

        YamlNode convert(Node node) {
            YamlNode known = done.get(node);
            if (known != null) {
                return known;
            }
            if (!open.add(node)) {
                loop = loop == null ? node : loop;
                return YamlNode.scalar(line(node), "");
            }
            YamlNode out;
            if (node instanceof MappingNode m) {
                Map<String, YamlNode> map = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                for (NodeTuple t : m.getValue()) {
                    String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                    map.put(key, convert(t.getValueNode()));
                    keyLines.put(key, line(t.getKeyNode()));
                }
                out = YamlNode.mapping(line(node), Collections.unmodifiableMap(map), Collections.unmodifiableMap(keyLines));
            } else if (node instanceof SequenceNode s) {
                out = YamlNode.sequence(line(node), s.getValue().stream().map(this::convert).toList());
            } else {
                out = YamlNode.scalar(line(node), ((ScalarNode) node).getValue());
            }
            open.remove(node);
            done.put(node, out);
            return out;
        }
    }

    /** The standard resolver without the implicit timestamp rule. */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
