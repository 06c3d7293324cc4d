package vn.haiphong.showcase.cdn;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What each output file is: its Content-Type, whether it is worth compressing, whether it may be fingerprinted. */
final class MediaTypes {
    private static final String UTF8 = "; charset=utf-8";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html" + UTF8),
            Map.entry("htm", "text/html" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("webmanifest", "application/manifest+json" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("pdf", "application/pdf"));

    /** Text formats that shrink well: written again as {@code .br} and {@code .gz}. */
    private static final Set<String> COMPRESSIBLE = Set.of("html", "htm", "css", "js", "mjs", "json", "webmanifest",
            "xml", "svg", "txt", "map", "ico");

    /** Formats that may refer to other files by URL, so references in them are rewritten. */
    private static final Set<String> REFERRING = Set.of("html", "htm", "css", "js", "mjs", "json", "webmanifest",
            "xml", "svg");

    /** Formats that get content-hashed names when something refers to them. */
    private static final Set<String> FINGERPRINTABLE = Set.of("css", "js", "mjs", "woff", "woff2", "ttf", "otf",
            "svg", "png", "jpg", "jpeg", "gif", "webp", "avif", "mp4", "webm", "mp3", "wasm");

    private MediaTypes() {
    }

    static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The Content-Type for {@code path}; feeds are recognised by their first bytes. */
    static String contentType(String path, byte[] head) {
        String ext = extension(path);
        if (ext.equals("xml") && head != null) {
            String start = new String(head, 0, Math.min(head.length, 400), java.nio.charset.StandardCharsets.UTF_8);
            if (start.contains("<feed")) {
                return "application/atom+xml" + UTF8;
            }
            if (start.contains("<rss")) {
                return "application/rss+xml" + UTF8;
            }
        }
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static boolean compressible(String path) {
        return COMPRESSIBLE.contains(extension(path));
    }

    static boolean referring(String path) {
        return REFERRING.contains(extension(path));
    }

    static boolean fingerprintable(String path) {
        return FINGERPRINTABLE.contains(extension(path));
    }

    static boolean fingerprintableExtension(String ext) {
        return FINGERPRINTABLE.contains(ext.toLowerCase(Locale.ROOT));
    }

    static boolean isHtml(String path) {
        String ext = extension(path);
        return ext.equals("html") || ext.equals("htm");
    }

    static boolean isScriptOrStyle(String path) {
        String ext = extension(path);
        return ext.equals("css") || ext.equals("js") || ext.equals("mjs");
    }
}
