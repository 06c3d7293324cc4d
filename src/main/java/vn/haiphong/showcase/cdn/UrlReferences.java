package vn.haiphong.showcase.cdn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds the references to output files in a text file: every URL-like run of characters that
 * resolves to one of the files asked about, whether written as a full URL on the site's base URL,
 * a root-relative path, or (where the format allows) a path relative to the document. The same
 * scan works for HTML attributes, {@code srcset} lists, CSS {@code url()}, JSON-LD and scripts,
 * because it looks for what a reference is, not where it may appear.
 */
final class UrlReferences {
    /** One reference: the characters {@code [start, end)} of the text name the output file {@code target}. */
    record Ref(int start, int end, String target) {
    }

    /** Which relative references a format resolves against its own location. */
    enum Relative {
        /** HTML, CSS, SVG, web manifests: any relative path. */
        ANY,
        /** Scripts: module specifiers only ({@code ./x.js}, {@code ../x.js}); other strings resolve against the page. */
        DOTTED,
        /** JSON and XML: only absolute references. */
        NONE
    }

    private final String baseUrl;
    private final String protocolRelativeBase;

    /** {@code baseUrl} is the site's absolute URL (references on it are the site's own). */
    UrlReferences(String baseUrl) {
        String b = baseUrl == null ? "" : baseUrl.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        this.baseUrl = b;
        int scheme = b.indexOf("://");
        this.protocolRelativeBase = scheme > 0 ? b.substring(scheme + 1) : null;
    }

    static Relative relativeFor(String docPath) {
        return switch (MediaTypes.extension(docPath)) {
            case "html", "htm", "css", "svg", "webmanifest" -> Relative.ANY;
            case "js", "mjs" -> Relative.DOTTED;
            default -> Relative.NONE;
        };
    }

    /** The references in {@code text} (the file at {@code docPath}) to any of {@code targets}, in text order. */
    List<Ref> find(String text, String docPath, Set<String> targets) {
        List<Ref> refs = new ArrayList<>();
        Relative relative = relativeFor(docPath);
        String docDir = docPath.contains("/") ? docPath.substring(0, docPath.lastIndexOf('/') + 1) : "";
        int n = text.length();
        // every reference ends in ".ext": look at the dots only, then widen to the whole token
        int from = 0;
        int lastEnd = -1;
        while (true) {
            int dot = text.indexOf('.', from);
            if (dot < 0) {
                break;
            }
            from = dot + 1;
            int extEnd = dot + 1;
            while (extEnd < n && isExtChar(text.charAt(extEnd))) {
                extEnd++;
            }
            if (extEnd == dot + 1 || !endsToken(text, extEnd)
                    || !MediaTypes.fingerprintableExtension(text.substring(dot + 1, extEnd))) {
                continue;
            }
            int start = dot;
            while (start > 0 && isUrlChar(text.charAt(start - 1))) {
                start--;
            }
            if (start <= lastEnd) {
                continue;
            }
            String token = text.substring(start, extEnd);
            String path = resolve(token, docDir, relative);
            if (path != null && targets.contains(path)) {
                refs.add(new Ref(start, extEnd, path));
                lastEnd = extEnd;
                from = extEnd;
            }
        }
        return refs;
    }

    /** The output path {@code url} points to, or null when it is not a path on this site. */
    String resolve(String url, String docDir, Relative relative) {
        String path;
        if (url.startsWith("//")) {
            if (protocolRelativeBase == null || !url.startsWith(protocolRelativeBase + "/")) {
                return null;
            }
            path = url.substring(protocolRelativeBase.length() + 1);
        } else if (hasScheme(url)) {
            if (baseUrl.isEmpty() || !url.startsWith(baseUrl + "/")) {
                return null;
            }
            path = url.substring(baseUrl.length() + 1);
        } else if (url.startsWith("/")) {
            path = url.substring(1);
        } else if (relative == Relative.ANY
                || relative == Relative.DOTTED && (url.startsWith("./") || url.startsWith("../"))) {
            path = docDir + url;
        } else {
            return null;
        }
        return normalize(path);
    }

    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Removes {@code .} and {@code ..} segments and decodes {@code %xx}; null if it climbs above the root. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(decode(seg));
            }
        }
        return String.join("/", parts);
    }

    private static String decode(String seg) {
        if (seg.indexOf('%') < 0) {
            return seg;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            if (c == '%' && i + 2 < seg.length()
                    && Character.digit(seg.charAt(i + 1), 16) >= 0 && Character.digit(seg.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(seg.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Whether a URL may end before {@code i}: the text ends, or no URL character follows (a final dot is punctuation). */
    private static boolean endsToken(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '.' || c == ':') {
            return i + 1 >= text.length() || !isUrlChar(text.charAt(i + 1));
        }
        return !isUrlChar(c);
    }

    private static boolean isExtChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isUrlChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '%' || c == '/' || c == ':' || c == '@'
                || c == '+' || c > 127 && Character.isLetterOrDigit(c);
    }
}
