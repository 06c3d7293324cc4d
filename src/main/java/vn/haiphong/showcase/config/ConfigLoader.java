package vn.haiphong.showcase.config;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.text.SourceFiles;
import vn.haiphong.showcase.text.Utf8;
import vn.haiphong.showcase.yaml.YamlNode;
import vn.haiphong.showcase.yaml.YamlReader;

/** Reads {@code site.yaml} into a {@link SiteConfig}, reporting every problem with its line. */
public final class ConfigLoader {
    private static final Set<String> KEYS = Set.of("baseUrl", "defaultLanguage", "languages", "menu", "menus",
            "paginate", "fallback", "params", "title", "images", "cdn", "markdown", "print");

    private ConfigLoader() {
    }

    /**
     * Loads {@code siteDir/site.yaml}. Problems go to {@code errors}; the returned config is then
     * best-effort (defaults where a value was wrong) so later stages can report their errors too.
     */
    public static SiteConfig load(Path siteDir, ContentErrors errors) {
        Path file = siteDir.resolve("site.yaml");
        YamlReader.Result yaml = null;
        if (!Files.isRegularFile(file)) {
            errors.add(file, 0, "site.yaml is missing",
                    "create it with at least `defaultLanguage: vi` and `languages: [vi, en, zh, ko, ja]`");
        } else {
            try {
                byte[] bytes = SourceFiles.read(file, SourceFiles.YAML, errors);
                try {
                    YamlReader.Result r = bytes == null ? null : YamlReader.readMap(Utf8.decode(bytes), 1);
                    if (r == null) {
                        // too large: reported
                    } else if (r.ok()) {
                        yaml = r;
                    } else {
                        errors.add(file, r.line(), r.problem(),
                                "fix the YAML syntax (indent with spaces, quote values that contain ': ')");
                    }
                } catch (CharacterCodingException e) {
                    errors.add(file, Utf8.lineOfFirstError(bytes), "not valid UTF-8", "save the file as UTF-8");
                }
            } catch (IOException e) {
                errors.add(file, 0, "cannot read: " + e.getMessage(), "check the file's permissions");
            }
        }
        return yaml == null ? fromMap(siteDir, file, Map.of(), null, errors)
                : fromMap(siteDir, file, yaml.map(), yaml.root(), errors);
    }

    /**
     * The config from site.yaml's values {@code map}; {@code root} is where they are written (for
     * error lines), null when the file could not be read.
     */
    static SiteConfig fromMap(Path siteDir, Path file, Map<String, Object> map, YamlNode root, ContentErrors errors) {
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                errors.add(file, line(root, key), "unknown key `" + key + "`",
                        "known keys are " + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        String baseUrl = string(map, "baseUrl", "http://localhost:8080");
        String baseUrlProblem = baseUrlProblem(baseUrl);
        if (baseUrlProblem != null) {
            // every page's canonical link, feed and sitemap start with it: javascript: or data: would put script there
            errors.add(file, line(root, "baseUrl"), baseUrlProblem, "write it like `baseUrl: https://www.example.org`");
            baseUrl = "http://localhost:8080";
        }

        List<Language> languages = languages(map.get("languages"), child(root, "languages"), line(root, "languages"),
                file, errors);
        String defaultLanguage = string(map, "defaultLanguage", languages.isEmpty() ? "vi" : languages.get(0).code());
        if (languages.stream().noneMatch(l -> l.code().equals(defaultLanguage))) {
            // without a `defaultLanguage:` line, the language list is what to fix
            int at = child(root, "defaultLanguage") != null ? line(root, "defaultLanguage") : line(root, "languages");
            errors.add(file, at, "defaultLanguage `" + defaultLanguage + "` is not in `languages`",
                    "add it to `languages` or choose one of " + languages.stream().map(Language::code).toList());
        }

        Map<String, List<MenuItem>> menus = new LinkedHashMap<>();
        List<MenuItem> shared = menu(map.get("menu"), child(root, "menu"), line(root, "menu"), file, "menu", errors);
        Object perLang = map.get("menus");
        YamlNode perLangNode = child(root, "menus");
        for (Language l : languages) {
            List<MenuItem> own = null;
            if (perLang instanceof Map<?, ?> m && m.get(l.code()) != null) {
                own = menu(m.get(l.code()), child(perLangNode, l.code()), line(perLangNode, l.code()), file,
                        "menus." + l.code(), errors);
            }
            menus.put(l.code(), own != null ? own : shared);
        }

        int paginate = 10;
        Object p = map.get("paginate");
        if (p instanceof Integer i && i > 0) {
            paginate = i;
        } else if (p != null) {
            errors.add(file, line(root, "paginate"), "paginate must be a whole number above 0, was `" + p + "`",
                    "e.g. `paginate: 10`");
        }
        boolean fallback = !Boolean.FALSE.equals(map.get("fallback"));
        boolean cdn = !Boolean.FALSE.equals(map.get("cdn"));
        Map<String, Object> params = map.get("params") instanceof Map<?, ?> pm ? stringKeys(pm) : Map.of();
        ImageOptions images = images(map.get("images"), child(root, "images"), line(root, "images"), file, errors);
        boolean unsafeHtml = unsafeHtml(map.get("markdown"), child(root, "markdown"), line(root, "markdown"), file, errors);
        PrintOptions print = PrintOptions.parse(map.get("print"), child(root, "print"), line(root, "print"), file, errors);
        return new SiteConfig(siteDir.toAbsolutePath().normalize(), trimSlash(baseUrl), defaultLanguage,
                List.copyOf(languages), Map.copyOf(menus), paginate, fallback, params, cdn, images, unsafeHtml, print);
    }

    /**
     * Why {@code url} cannot be a site's base URL, or null when it can: it must be http(s) with a
     * host, since every page's canonical link, feed and sitemap start with it.
     */
    public static String baseUrlProblem(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return null;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        return "baseUrl `" + url + "` is not an absolute http(s) URL";
    }

    /** {@code markdown: {unsafeHtml: true}}: raw HTML, attributes and addresses published as written. */
    private static boolean unsafeHtml(Object raw, YamlNode node, int line, Path file, ContentErrors errors) {
        if (raw == null) {
            return false;
        }
        if (!(raw instanceof Map<?, ?> m)) {
            errors.add(file, line, "markdown must be a map", "e.g. `markdown: {unsafeHtml: false}`");
            return false;
        }
        for (Object key : m.keySet()) {
            if (!"unsafeHtml".equals(key)) {
                errors.add(file, line(node, String.valueOf(key)), "unknown key `markdown." + key + "`",
                        "the known key is unsafeHtml");
            }
        }
        Object v = m.get("unsafeHtml");
        if (v == null || v instanceof Boolean) {
            return Boolean.TRUE.equals(v);
        }
        errors.add(file, line(node, "unsafeHtml"), "markdown.unsafeHtml must be true or false, was `" + v + "`",
                "leave it out (false) unless every author of the site is trusted with scripts");
        return false;
    }

    /** The line of {@code key} in {@code node}; 0 (unknown) when site.yaml could not be read. */
    private static int line(YamlNode node, String key) {
        return node == null ? 0 : node.lineOf(key);
    }

    private static YamlNode child(YamlNode node, String key) {
        return node == null ? null : node.get(key);
    }

    /** The line of item {@code i} of a list written at {@code line}. */
    private static int itemLine(YamlNode list, int i, int line) {
        return list != null && i < list.list().size() ? list.list().get(i).line() : line;
    }

    private static ImageOptions images(Object raw, YamlNode node, int line, Path file, ContentErrors errors) {
        ImageOptions d = ImageOptions.DEFAULT;
        if (raw == null) {
            return d;
        }
        if (!(raw instanceof Map<?, ?> m)) {
            errors.add(file, line, "images must be a map", "e.g. `images: {widths: [480, 960, 1600, 2400]}`");
            return d;
        }
        List<Integer> widths = d.widths();
        if (m.get("widths") != null) {
            if (m.get("widths") instanceof List<?> l && !l.isEmpty()
                    && l.stream().allMatch(w -> w instanceof Integer i && i >= 16 && i <= 10_000)) {
                widths = l.stream().map(w -> (Integer) w).toList();
            } else {
                errors.add(file, line(node, "widths"), "images.widths must be a list of pixel widths between 16 and 10000, was `"
                        + m.get("widths") + "`", "e.g. `widths: [480, 960, 1600, 2400]`");
            }
        }
        int jpeg = quality(m, node, "jpegQuality", d.jpegQuality(), file, errors);
        int webp = quality(m, node, "webpQuality", d.webpQuality(), file, errors);
        int avif = quality(m, node, "avifQuality", d.avifQuality(), file, errors);
        long maxPixels = d.maxPixels();
        Object mp = m.get("maxMegapixels");
        if (mp instanceof Number n && n.doubleValue() > 0) {
            maxPixels = Math.round(n.doubleValue() * 1_000_000);
        } else if (mp != null) {
            errors.add(file, line(node, "maxMegapixels"), "images.maxMegapixels must be a number above 0, was `" + mp + "`",
                    "e.g. `maxMegapixels: 100`");
        }
        boolean avifOn = d.avif();
        if (m.get("avif") instanceof Boolean b) {
            avifOn = b;
        } else if (m.get("avif") != null) {
            errors.add(file, line(node, "avif"), "images.avif must be true or false, was `" + m.get("avif") + "`", "e.g. `avif: false`");
        }
        for (Object key : m.keySet()) {
            if (!List.of("widths", "jpegQuality", "webpQuality", "avifQuality", "maxMegapixels", "avif").contains(key)) {
                errors.add(file, line(node, String.valueOf(key)), "unknown key `images." + key + "`",
                        "known keys are widths, jpegQuality, webpQuality, avifQuality, maxMegapixels, avif");
            }
        }
        return new ImageOptions(widths, jpeg, webp, avif, maxPixels, avifOn);
    }

    private static int quality(Map<?, ?> m, YamlNode node, String key, int dflt, Path file, ContentErrors errors) {
        Object v = m.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Integer i && i >= 1 && i <= 100) {
            return i;
        }
        errors.add(file, line(node, key), "images." + key + " must be a whole number from 1 to 100, was `" + v + "`",
                "e.g. `" + key + ": " + dflt + "`");
        return dflt;
    }

    private static List<Language> languages(Object raw, YamlNode node, int line, Path file, ContentErrors errors) {
        List<Language> out = new ArrayList<>();
        if (raw == null) {
            for (String code : List.of("vi", "en", "zh", "ko", "ja")) {
                out.add(Language.known(code));
            }
            return out;
        }
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            errors.add(file, line, "languages must be a non-empty list", "e.g. `languages: [vi, en, zh, ko, ja]`");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof String code) {
                Language known = Language.known(code);
                if (known == null) {
                    errors.add(file, itemLine(node, i, line), "language `" + code + "` needs a name and a locale",
                            "write it as `- {code: " + code + ", name: ..., locale: ...}`");
                } else {
                    out.add(known);
                }
            } else if (item instanceof Map<?, ?> m && m.get("code") instanceof String code) {
                Language base = Language.known(code);
                String name = m.get("name") instanceof String s ? s : base != null ? base.name() : code;
                Locale locale = m.get("locale") instanceof String s ? Locale.forLanguageTag(s)
                        : base != null ? base.locale() : Locale.forLanguageTag(code);
                String htmlLang = m.get("htmlLang") instanceof String s ? s : base != null ? base.htmlLang() : code;
                String og = base != null ? base.ogLocale() : locale.toString();
                out.add(new Language(code, name, locale, htmlLang, og));
            } else {
                errors.add(file, itemLine(node, i, line), "cannot read language entry `" + item + "`",
                        "use a code like `en` or a map with `code`, `name`, `locale`");
            }
        }
        return out;
    }

    private static List<MenuItem> menu(Object raw, YamlNode node, int line, Path file, String where, ContentErrors errors) {
        List<MenuItem> items = new ArrayList<>();
        if (raw == null) {
            return items;
        }
        if (!(raw instanceof List<?> list)) {
            errors.add(file, line, where + " must be a list", "e.g. `" + where + ": [{page: about}]`");
            return items;
        }
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            if (o instanceof Map<?, ?> m && m.get("url") instanceof String url && !menuAddress(url)) {
                errors.add(file, itemLine(node, i, line), where + " entry: `" + url + "` is not an address a menu may link to",
                        "write a path of the site (`/en/visit/`) or an http(s), mailto: or tel: address; a menu never runs script");
            } else if (o instanceof Map<?, ?> m && (m.get("page") instanceof String || m.get("url") instanceof String)) {
                items.add(new MenuItem(str(m.get("page")), str(m.get("url")), str(m.get("name"))));
            } else {
                errors.add(file, itemLine(node, i, line), "cannot read " + where + " entry `" + o + "`",
                        "each entry is `{page: about}` or `{url: /en/..., name: ...}`");
            }
        }
        return List.copyOf(items);
    }

    /** Relative, or http(s), mailto: or tel: — what the templates may put in a menu's href. */
    private static boolean menuAddress(String url) {
        try {
            String scheme = new URI(url.strip()).getScheme();
            return scheme == null || List.of("http", "https", "mailto", "tel").contains(scheme.toLowerCase(java.util.Locale.ROOT));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String string(Map<String, Object> map, String key, String dflt) {
        Object v = map.get(key);
        return v == null ? dflt : String.valueOf(v);
    }

    static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    static String trimSlash(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
