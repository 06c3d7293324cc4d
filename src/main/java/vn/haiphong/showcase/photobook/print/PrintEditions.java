package vn.haiphong.showcase.photobook.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.haiphong.showcase.config.PrintOptions;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.output.Output;
import vn.haiphong.showcase.photobook.PhotoBook;
import vn.haiphong.showcase.photobook.PrintEdition;

/**
 * The photo book's print edition: one PDF per language, written next to the photo book's index
 * ({@link Permalinks#printEdition}). Each PDF is cached in {@code .cache/print/} under the hash
 * of everything that goes into it (texts, UI strings, settings, photos' bytes, font files), so a
 * rebuild with nothing changed copies the cached file and does no PDF work.
 *
 * <p>Library: Apache PDFBox 3 directly rather than the openhtmltopdf fork. A spike showed that
 * both stop at the same place for CJK fonts (PDFBox's subsetter needs TrueType outlines, so Noto
 * CJK's CFF .ttc files cannot be subset by either), while PDFBox gives what a print file needs
 * and an HTML renderer does not: TrimBox/BleedBox and crop marks, photos placed at a computed
 * size and checked against 300 ppi, a fixed document id, and a structure tree we build in
 * reading order ourselves.
 */
public final class PrintEditions {
    /** Bump when the layout changes, so cached PDFs are made again. */
    private static final String LAYOUT_VERSION = "print-layout-2";

    /** The editions built and the warnings (photos too small for print, missing fonts). */
    public record Result(Map<String, PrintEdition> editions, List<String> warnings, int built, int reused) {
    }

    /**
     * What a build gives: the photo book, the site's photo files by site path
     * ({@code /photos/x.jpg} → file), the UI strings, the settings, the cache folder.
     */
    public record Inputs(SiteConfig config, PhotoBook book, Map<String, PageEntry> indexPages,
                         Function<String, Path> photoFile, Function<Path, String> photoHash, UiStrings ui,
                         boolean marks, Path cacheDir) {
    }

    private PrintEditions() {
    }

    /** Builds (or takes from the cache) the edition of every language that has chapters, into {@code out}. */
    public static Result build(Inputs in, Output out) {
        Map<String, PrintEdition> editions = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        PrintOptions opts = in.marks() ? in.config().print().withMarks(true) : in.config().print();
        PrintPhotos photos = new PrintPhotos(in.cacheDir().resolve("photos"));
        int built = 0;
        int reused = 0;
        List<String> langs = in.config().languageCodes().stream().filter(l -> !in.book().chapters(l).isEmpty()).toList();
        Map<String, Outcome> results = new ConcurrentHashMap<>();
        langs.parallelStream().forEach(lang -> results.put(lang, one(in, lang, opts, photos)));
        for (String lang : langs) {
            Outcome r = results.get(lang);
            warnings.addAll(r.warnings());
            if (r.pdf() == null) {
                continue;
            }
            // content-named here, by the hash of everything the PDF is made from (same inputs, same
            // bytes): the CDN stage then serves it long-cached, while PDFs the content team links
            // (a brochure under content/) keep the names other sites link to
            String url = Permalinks.contentName(Permalinks.printEdition(lang), r.key());
            out.link(r.pdf(), url.substring(1));
            try {
                editions.put(lang, new PrintEdition(url, Files.size(r.pdf())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (r.reused()) {
                reused++;
            } else {
                built++;
            }
        }
        return new Result(editions, warnings.stream().distinct().toList(), built, reused);
    }

    /**
     * One edition: its cached file (null when it could not be made), the hash of its inputs, the
     * warnings, whether the cache had it.
     */
    private record Outcome(Path pdf, String key, List<String> warnings, boolean reused) {
    }

    private static Outcome one(Inputs in, String lang, PrintOptions opts, PrintPhotos photos) {
        List<BookFonts.Face> missing = BookFonts.missing(lang);
        if (!missing.isEmpty()) {
            return new Outcome(null, null, List.of("print edition " + lang + ": not built, font missing: " + missing.get(0).file()
                    + " (install the Debian package " + missing.stream().map(BookFonts.Face::debianPackage).distinct()
                    .reduce((a, b) -> a + " " + b).orElse("") + ")"), false);
        }
        BookContent content = BookContent.of(in, lang, opts);
        String key = key(content, opts);
        Path pdf = in.cacheDir().resolve(lang + "-" + key + ".pdf");
        Path notes = in.cacheDir().resolve(lang + "-" + key + ".warnings.txt");
        try {
            if (Files.isRegularFile(pdf) && Files.isRegularFile(notes)) {
                List<String> w = Files.readAllLines(notes, StandardCharsets.UTF_8).stream().filter(s -> !s.isEmpty()).toList();
                return new Outcome(pdf, key, w, true);
            }
            BookLayout.Made made = new BookLayout(content, opts, photos).make(HexFormat.of().parseHex(key.substring(0, 32)));
            Files.createDirectories(in.cacheDir());
            // not Files.createTempFile: its owner-only mode would follow the PDF into output/ (hard link)
            // and a web server running as another user could not read it
            Path tmp = in.cacheDir().resolve(lang + "-" + key + ".pdf." + ProcessHandle.current().pid() + ".tmp");
            Files.write(tmp, made.pdf());
            // paths relative to the site, like every other message of the build
            String site = in.config().siteDir() + java.io.File.separator;
            List<String> warned = made.warnings().stream().map(w -> w.startsWith(site) ? w.substring(site.length()) : w).toList();
            Files.write(notes, String.join("\n", warned).getBytes(StandardCharsets.UTF_8));
            Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Outcome(pdf, key, warned, false);
        } catch (IOException e) {
            throw new UncheckedIOException("print edition " + lang + ": " + e.getMessage(), e);
        }
    }

    /** The hash of everything the edition is made of. */
    private static String key(BookContent c, PrintOptions opts) {
        MessageDigest md = sha256();
        List<String> parts = new ArrayList<>(List.of(LAYOUT_VERSION, opts.toString(), c.describe()));
        for (BookFonts.Face f : BookFonts.faces(c.lang())) {
            try {
                parts.add(f.file() + ":" + Files.size(f.path()) + ":" + Files.getLastModifiedTime(f.path()).toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (BookContent.Picture p : c.allPictures()) {
            parts.add(p.photo().src() + "=" + p.hash());
        }
        for (String s : parts) {
            md.update(s.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 40);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
