package vn.haiphong.showcase.photobook.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The typefaces of the print edition, per language. Han unification means one CJK font cannot
 * serve all three: Japanese text is set in BIZ UDMincho, Simplified Chinese in LXGW WenKai, Korean
 * in Nanum Myeongjo; Latin and Vietnamese in Noto Serif and Noto Sans. All are TrueType-outline
 * fonts from Debian packages under the SIL Open Font License 1.1: PDFBox 3 subsets TrueType
 * outlines only (Noto CJK's .ttc files have CFF outlines, which it cannot subset).
 */
final class BookFonts {

    /** A font file, the Debian package that installs it, and its licence. */
    record Face(String family, String file, String debianPackage, String licence) {
        Path path() {
            return Path.of(file);
        }
    }

    private static final String OFL = "SIL Open Font License 1.1";
    private static final String NOTO = "/usr/share/fonts/truetype/noto/";
    static final Face SERIF = new Face("Noto Serif", NOTO + "NotoSerif-Regular.ttf", "fonts-noto-core", OFL);
    static final Face SERIF_BOLD = new Face("Noto Serif", NOTO + "NotoSerif-Bold.ttf", "fonts-noto-core", OFL);
    static final Face SERIF_ITALIC = new Face("Noto Serif", NOTO + "NotoSerif-Italic.ttf", "fonts-noto-core", OFL);
    static final Face SANS = new Face("Noto Sans", NOTO + "NotoSans-Regular.ttf", "fonts-noto-core", OFL);
    static final Face SANS_BOLD = new Face("Noto Sans", NOTO + "NotoSans-Bold.ttf", "fonts-noto-core", OFL);

    /** Per CJK language: regular text, bold text, and sans (credits, folios). */
    private static final Map<String, List<Face>> CJK = Map.of(
            "ja", List.of(
                    new Face("BIZ UDPMincho", "/usr/share/fonts/truetype/bizud-mincho/BIZUDPMincho-Regular.ttf", "fonts-morisawa-bizud-mincho", OFL),
                    new Face("BIZ UDPGothic", "/usr/share/fonts/truetype/bizud-gothic/BIZUDPGothic-Bold.ttf", "fonts-morisawa-bizud-gothic", OFL),
                    new Face("BIZ UDPGothic", "/usr/share/fonts/truetype/bizud-gothic/BIZUDPGothic-Regular.ttf", "fonts-morisawa-bizud-gothic", OFL)),
            "zh", List.of(
                    new Face("LXGW WenKai", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "fonts-lxgw-wenkai", OFL),
                    new Face("LXGW WenKai", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", "fonts-lxgw-wenkai", OFL),
                    new Face("LXGW WenKai", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", "fonts-lxgw-wenkai", OFL)),
            "ko", List.of(
                    new Face("Nanum Myeongjo", "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf", "fonts-nanum", OFL),
                    new Face("Nanum Myeongjo", "/usr/share/fonts/truetype/nanum/NanumMyeongjoBold.ttf", "fonts-nanum", OFL),
                    new Face("Nanum Gothic", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "fonts-nanum", OFL)));

    /** The text styles of the book. */
    enum Style { REGULAR, BOLD, ITALIC, SANS, SANS_BOLD }

    private BookFonts() {
    }

    /** Every face the edition in {@code lang} uses: the Latin ones, then the language's CJK ones. */
    static List<Face> faces(String lang) {
        List<Face> out = new ArrayList<>(List.of(SERIF, SERIF_BOLD, SERIF_ITALIC, SANS, SANS_BOLD));
        out.addAll(CJK.getOrDefault(lang, List.of()));
        return out;
    }

    /** The faces of {@code lang} whose files are missing, to name their Debian packages in the warning. */
    static List<Face> missing(String lang) {
        return faces(lang).stream().filter(f -> !Files.isRegularFile(f.path())).toList();
    }

    /** The loaded fonts of one document: per style, the Latin font and (for zh/ja/ko) the CJK one. */
    static final class Loaded implements AutoCloseable {
        private final List<TrueTypeFont> open = new ArrayList<>();
        private final Map<Style, Font> latin;
        private final Map<Style, Font> cjk;

        /** A font in a document and its glyph table, to ask whether it has a character. */
        record Font(PDType0Font pdf, TrueTypeFont ttf) {
            boolean has(int codePoint) {
                try {
                    return ttf.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
                } catch (IOException e) {
                    return false;
                }
            }
        }

        Loaded(PDDocument doc, String lang) throws IOException {
            latin = Map.of(Style.REGULAR, load(doc, SERIF), Style.BOLD, load(doc, SERIF_BOLD),
                    Style.ITALIC, load(doc, SERIF_ITALIC), Style.SANS, load(doc, SANS), Style.SANS_BOLD, load(doc, SANS_BOLD));
            List<Face> c = CJK.get(lang);
            if (c == null) {
                cjk = Map.of();
            } else {
                Font regular = load(doc, c.get(0));
                Font bold = load(doc, c.get(1));
                Font sans = c.get(2).equals(c.get(0)) ? regular : load(doc, c.get(2));
                cjk = Map.of(Style.REGULAR, regular, Style.BOLD, bold, Style.ITALIC, regular, Style.SANS, sans,
                        Style.SANS_BOLD, bold);
            }
        }

        private Font load(PDDocument doc, Face face) throws IOException {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(face.path().toFile()));
            open.add(ttf);
            return new Font(PDType0Font.load(doc, ttf, true), ttf);
        }

        /**
         * The font for {@code codePoint} in {@code style}: CJK characters (and, in a CJK edition,
         * its full-width punctuation) in the language's CJK font, everything else in the Latin
         * one; the other font when the first lacks the glyph; null when neither has it.
         */
        Font fontFor(int codePoint, Style style) {
            Font l = latin.get(style);
            Font c = cjk.get(style);
            boolean wide = codePoint >= 0x2E80 || (c != null && (codePoint == 0x2026 || codePoint == 0x00B7
                    || (codePoint >= 0x2018 && codePoint <= 0x201D)));
            Font first = wide && c != null ? c : l;
            Font second = first == l ? c : l;
            if (first.has(codePoint)) {
                return first;
            }
            return second != null && second.has(codePoint) ? second : null;
        }

        @Override
        public void close() throws IOException {
            for (TrueTypeFont f : open) {
                f.close();
            }
        }
    }
}
