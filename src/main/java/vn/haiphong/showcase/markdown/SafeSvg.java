package vn.haiphong.showcase.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * SVG files published as they are (drawings, logos, the floor plan) without what would run when
 * the file is opened on its own: {@code <script>}, {@code <foreignObject>} (HTML inside the
 * drawing), embedded frames, event-handler attributes, animations that set a link, and links or
 * images whose address {@link SafeHtml} does not allow ({@code javascript:}…). Shapes, styles,
 * gradients and text are kept. A file with nothing to drop is returned exactly as it was.
 */
public final class SafeSvg {
    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed",
            "object", "handler", "listener", "base");

    private SafeSvg() {
    }

    /** {@code svg} (the file's text) without what may run script; lines in what was dropped count from 1. */
    public static SafeHtml.Cleaned clean(String svg) {
        Document doc = Parser.xmlParser().setTrackPosition(true).parseInput(svg, "");
        List<SafeHtml.Dropped> dropped = new ArrayList<>();
        List<Element> remove = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e == doc || remove.stream().anyMatch(r -> e.parents().contains(r))) {
                continue; // the document, or inside an element that goes anyway
            }
            String name = e.normalName().toLowerCase(Locale.ROOT);
            String local = name.substring(name.indexOf(':') + 1);
            int line = e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : 1;
            if (DROPPED_ELEMENTS.contains(local) || animatesLink(local, e)) {
                dropped.add(new SafeHtml.Dropped(line, "the element `<" + e.tagName() + ">`"));
                remove.add(e);
                continue;
            }
            List<String> bad = new ArrayList<>();
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String localKey = key.substring(key.indexOf(':') + 1);
                if (localKey.startsWith("on")) {
                    bad.add(a.getKey());
                    dropped.add(new SafeHtml.Dropped(line, "the event handler `" + a.getKey() + "` on `<" + e.tagName() + ">`"));
                } else if (localKey.equals("href") && !SafeHtml.url(a.getValue(), !local.equals("a"))) {
                    bad.add(a.getKey());
                    dropped.add(new SafeHtml.Dropped(line, "the address `" + a.getValue() + "` on `<" + e.tagName() + ">`"));
                }
            }
            bad.forEach(e::removeAttr);
        }
        if (dropped.isEmpty()) {
            return new SafeHtml.Cleaned(svg, List.of());
        }
        remove.forEach(Element::remove);
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        return new SafeHtml.Cleaned(doc.outerHtml(), List.copyOf(dropped));
    }

    /** {@code <set attributeName="href" to="javascript:…">} and the like turn a harmless link into script. */
    private static boolean animatesLink(String local, Element e) {
        if (!Set.of("set", "animate", "animatemotion", "animatetransform").contains(local)) {
            return false;
        }
        String target = e.attr("attributeName").toLowerCase(Locale.ROOT);
        return target.endsWith("href") || target.startsWith("on");
    }
}
