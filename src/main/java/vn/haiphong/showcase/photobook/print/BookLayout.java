package vn.haiphong.showcase.photobook.print;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.haiphong.showcase.config.PrintOptions;
import vn.haiphong.showcase.photobook.print.BookContent.ChapterText;
import vn.haiphong.showcase.photobook.print.BookContent.Para;
import vn.haiphong.showcase.photobook.print.BookContent.Picture;
import vn.haiphong.showcase.photobook.print.BookFonts.Style;
import vn.haiphong.showcase.photobook.print.Typesetter.Line;

/**
 * The book's design on a 12-column grid inside fixed margins (inner 22 mm, outer 18 mm, top
 * 24 mm, bottom 30 mm): cover, blank, title page, contents, foreword; per chapter an opening
 * spread (its first photo on a dark left page, number, title and introduction on the right) and
 * then one photo per page, as wide as the page and into the bleed when its pixels allow 300 ppi
 * there, else as wide as its pixels allow down to half the text block, with its caption and
 * credit always on the same page beneath it; chapters open on a left page; the colophon is the
 * last page and the page count a multiple of four.
 */
final class BookLayout {
    private static final float TOP = 24;
    private static final float BOTTOM = 30;
    private static final float INNER = 22;
    private static final float OUTER = 18;
    private static final Color INK = new Color(0x1f, 0x1f, 0x1d);
    private static final Color GREY = new Color(0x6b, 0x6b, 0x66);
    private static final Color RED = new Color(0xb3, 0x20, 0x2a);
    private static final Color DARK = new Color(0x1b, 0x1b, 0x1a);
    private static final Color LIGHT = new Color(0xe8, 0xe6, 0xe0);
    private static final Color WHITE = Color.WHITE;

    record Made(byte[] pdf, List<String> warnings) {
    }

    private final BookContent c;
    private final PrintOptions opts;
    private final PrintPhotos photos;
    private final float w;
    private final float h;
    private final boolean cjk;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> missingGlyphs = new ArrayList<>();
    private TaggedBook book;
    private Typesetter ts;

    BookLayout(BookContent content, PrintOptions opts, PrintPhotos photos) {
        this.c = content;
        this.opts = opts;
        this.photos = photos;
        this.w = (float) opts.trimWidthMm();
        this.h = (float) opts.trimHeightMm();
        this.cjk = List.of("zh", "ja", "ko").contains(content.lang());
    }

    Made make(byte[] id) throws IOException {
        try (TaggedBook b = new TaggedBook(w, h, opts.marks(), c.htmlLang());
             BookFonts.Loaded fonts = new BookFonts.Loaded(b.doc, c.lang())) {
            book = b;
            ts = new Typesetter(fonts, missingGlyphs);
            List<Integer> openers = plan();
            cover();
            blank();
            titlePage();
            contents(openers);
            foreword();
            for (ChapterText ch : c.chapters()) {
                chapter(ch);
            }
            while ((book.pages() + 1) % 4 != 0) {
                blank();
            }
            colophon();
            if (!missingGlyphs.isEmpty()) {
                warnings.add("print edition " + c.lang() + ": no font has the characters " + new TreeSet<>(missingGlyphs)
                        + "; they are left out");
            }
            byte[] pdf = book.finish(c.title() + " – " + c.subtitle(), c.publisher(), id);
            return new Made(pdf, List.copyOf(warnings));
        }
    }

    /** The page number each chapter opens on (1-based), counted before drawing, for the contents. */
    private List<Integer> plan() {
        List<Integer> out = new ArrayList<>();
        int page = 6;
        for (ChapterText ch : c.chapters()) {
            out.add(page);
            int after = Math.max(0, ch.pictures().size() - 1);
            page += 2 + after + (after % 2);
        }
        return out;
    }

    private float left(TaggedBook.Page p) {
        return p.number % 2 == 1 ? INNER : OUTER;
    }

    private float blockW() {
        return w - INNER - OUTER;
    }

    private float size(float latin) {
        return cjk ? latin * 0.94f : latin;
    }

    private float lead(float sizePt, float factor) {
        return sizePt * (cjk ? factor + 0.2f : factor) / TaggedBook.MM;
    }

    private void blank() throws IOException {
        try (TaggedBook.Page p = book.page()) {
            // an empty page: the back of the cover, or to open the next chapter on a left page
        }
    }

    private void folio(TaggedBook.Page p, Color color) throws IOException {
        Line l = ts.line(String.valueOf(p.number), Style.SANS, 8);
        boolean recto = p.number % 2 == 1;
        p.artifactText(List.of(l), recto ? w - OUTER - 20 : OUTER, h - 14, 8, color, recto, 20);
    }

    private void cover() throws IOException {
        try (TaggedBook.Page p = book.page()) {
            float b = TaggedBook.BLEED_MM;
            p.fill(-b, -b, w + 2 * b, h + 2 * b, RED);
            float y = 0;
            if (c.cover() != null) {
                PDStructureElement fig = figure(c.cover(), null);
                float pw = w + 2 * b;
                float ph = pw * c.cover().height() / c.cover().width();
                ph = Math.min(ph, h * 0.62f);
                place(p, fig, c.cover(), -b, -b, pw, ph);
                y = ph - b;
            }
            float x = INNER;
            float tw = blockW();
            PDStructureElement title = book.element("H1", null);
            List<Line> tl = ts.lines(c.title(), Style.BOLD, size(44), tw);
            float ty = y + 36;
            p.text(title, tl, x, ty, size(44), lead(size(44), 1.1f), WHITE, false, tw);
            ty += tl.size() * lead(size(44), 1.1f) + 2;
            PDStructureElement sub = book.element("P", null);
            List<Line> sl = ts.lines(c.subtitle(), Style.REGULAR, size(18), tw);
            p.text(sub, sl, x, ty, size(18), lead(size(18), 1.3f), WHITE, false, tw);
            PDStructureElement pub = book.element("P", null);
            p.text(pub, ts.lines(c.publisher(), Style.SANS_BOLD, 9, tw), x, h - 18, 9, lead(9, 1.4f), WHITE, false, tw);
        }
    }

    private void titlePage() throws IOException {
        try (TaggedBook.Page p = book.page()) {
            float x = left(p);
            float tw = blockW();
            float y = 80;
            PDStructureElement t = book.element("P", null);
            List<Line> tl = ts.lines(c.title(), Style.BOLD, size(30), tw);
            p.text(t, tl, x, y, size(30), lead(size(30), 1.15f), INK, false, tw);
            y += tl.size() * lead(size(30), 1.15f) + 2;
            PDStructureElement s = book.element("P", null);
            List<Line> sl = ts.lines(c.subtitle(), Style.REGULAR, size(16), tw * 0.8f);
            p.text(s, sl, x, y, size(16), lead(size(16), 1.35f), INK, false, tw);
            y += sl.size() * lead(size(16), 1.35f) + 8;
            p.rule(x, y, 30, 1.2f, RED);
            y += 10;
            if (c.originalTitle() != null) {
                PDStructureElement o = book.element("P", null);
                o.setLanguage(c.originalLang());
                List<Line> ol = ts.lines(c.originalTitle(), Style.ITALIC, 11, tw * 0.8f);
                p.text(o, ol, x, y, 11, lead(11, 1.45f), GREY, false, tw);
            }
            PDStructureElement pub = book.element("P", null);
            String line = c.publisher() + (c.year() != null ? " · " + c.year() : "");
            p.text(pub, ts.lines(line, Style.SANS, 9, tw), x, h - BOTTOM - 6, 9, lead(9, 1.4f), INK, false, tw);
        }
    }

    private void contents(List<Integer> openers) throws IOException {
        try (TaggedBook.Page p = book.page()) {
            float x = left(p);
            float tw = blockW();
            float y = TOP + 30;
            PDStructureElement head = book.element("H2", null);
            p.text(head, ts.lines(c.labels().contents(), Style.BOLD, size(22), tw), x, y, size(22), 0, INK, false, tw);
            y += 22;
            PDStructureElement toc = book.element("TOC", null);
            for (int i = 0; i < c.chapters().size(); i++) {
                ChapterText ch = c.chapters().get(i);
                PDStructureElement item = book.element("TOCI", toc);
                String num = c.labels().chapter(ch.number());
                p.text(item, List.of(ts.line(num, Style.SANS, 8.5f)), x, y, 8.5f, 0, RED, false, tw);
                List<Line> tl = ts.lines(ch.title(), Style.REGULAR, size(14), tw - 25);
                PDStructureElement label = book.element("P", item);
                if (!ch.lang().equals(c.htmlLang())) {
                    label.setLanguage(ch.lang());
                }
                p.text(label, tl, x, y + 6.5f, size(14), lead(size(14), 1.3f), INK, false, tw);
                PDStructureElement pg = book.element("P", item);
                p.text(pg, List.of(ts.line(String.valueOf(openers.get(i)), Style.SANS, 11)), x, y + 6.5f, 11, 0, INK, true, tw);
                y += 6.5f + tl.size() * lead(size(14), 1.3f) + 9;
            }
            book.bookmark(c.labels().contents(), p.number - 1);
            folio(p, GREY);
        }
    }

    private void foreword() throws IOException {
        try (TaggedBook.Page p = book.page()) {
            float x = left(p);
            float tw = blockW() * 0.78f;
            float y = TOP + 30;
            PDStructureElement head = book.element("H2", null);
            p.text(head, ts.lines(c.labels().foreword(), Style.BOLD, size(22), tw), x, y, size(22), 0, INK, false, tw);
            y += 20;
            paragraphs(p, null, c.foreword(), c.forewordLang(), x, y, tw, h - BOTTOM - y);
            book.bookmark(c.labels().foreword(), p.number - 1);
            folio(p, GREY);
        }
    }

    /** Sets paragraphs from {@code y}, shrinking the type until they fit {@code height}. */
    private void paragraphs(TaggedBook.Page p, PDStructureElement parent, List<Para> paras, String lang, float x, float y,
                            float tw, float height) throws IOException {
        float sz = size(11);
        List<List<Line>> set;
        while (true) {
            set = new ArrayList<>();
            float total = 0;
            for (Para para : paras) {
                List<Line> l = ts.lines(para.text(), para.italic() ? Style.ITALIC : Style.REGULAR, sz, tw);
                set.add(l);
                total += l.size() * lead(sz, 1.5f) + lead(sz, 0.7f);
            }
            if (total <= height || sz <= 7) {
                break;
            }
            sz -= 0.5f;
        }
        for (int i = 0; i < paras.size(); i++) {
            PDStructureElement e = book.element("P", parent);
            if (!lang.equals(c.htmlLang())) {
                e.setLanguage(lang);
            }
            p.text(e, set.get(i), x, y, sz, lead(sz, 1.5f), paras.get(i).italic() ? GREY : INK, false, tw);
            y += set.get(i).size() * lead(sz, 1.5f) + lead(sz, 0.7f);
        }
    }

    private void chapter(ChapterText ch) throws IOException {
        PDStructureElement sect = book.element("Sect", null);
        PDStructureElement label = book.element("P", sect);
        PDStructureElement title = book.element("H2", sect);
        if (!ch.lang().equals(c.htmlLang())) {
            title.setLanguage(ch.lang());
        }
        List<Picture> pics = ch.pictures();
        // the opening spread: left, the first photo on a dark page; right, number, title, introduction
        int opener = book.pages();
        try (TaggedBook.Page p = book.page()) {
            float b = TaggedBook.BLEED_MM;
            p.fill(-b, -b, w + 2 * b, h + 2 * b, DARK);
            if (!pics.isEmpty()) {
                Picture pic = pics.get(0);
                Slot s = slot(pic, p);
                float top = Math.max(TOP, (h - s.h) / 2 - 18);
                PDStructureElement fig = figure(pic, sect);
                place(p, fig, pic, s.x, top, s.w, s.h);
                caption(p, sect, pic, top + s.h, LIGHT, new Color(0xa8, 0xa6, 0xa0));
            }
        }
        try (TaggedBook.Page p = book.page()) {
            float x = left(p);
            float tw = blockW() * 0.78f;
            float y = 70;
            p.text(label, List.of(ts.line(c.labels().chapter(ch.number()), Style.SANS_BOLD, 10)), x, y, 10, 0, RED, false, tw);
            y += 14;
            List<Line> tl = ts.lines(ch.title(), Style.BOLD, size(28), tw);
            p.text(title, tl, x, y, size(28), lead(size(28), 1.15f), INK, false, tw);
            y += (tl.size() - 1) * lead(size(28), 1.15f) + 9;
            p.rule(x, y, 30, 1.2f, RED);
            y += 14;
            paragraphs(p, sect, ch.intro(), ch.lang(), x, y, tw, h - BOTTOM - y);
            folio(p, GREY);
        }
        book.bookmark(c.labels().chapter(ch.number()) + ": " + ch.title(), opener);
        for (int i = 1; i < pics.size(); i++) {
            try (TaggedBook.Page p = book.page()) {
                Picture pic = pics.get(i);
                Slot s = slot(pic, p);
                PDStructureElement fig = figure(pic, sect);
                // on the page's optical centre, slightly above the middle, the caption beneath it
                float top = Math.max(TOP, (h - s.h - 24) / 2 - 12);
                place(p, fig, pic, s.x, top, s.w, s.h);
                caption(p, sect, pic, top + s.h, INK, GREY);
                folio(p, GREY);
            }
        }
        if ((pics.size() - 1) % 2 == 1) {
            blank();
        }
    }

    private record Slot(float x, float w, float h) {
    }

    /**
     * Where a photo goes on page {@code p}: across the page into the bleed when its pixels give
     * 300 ppi there; else the text block's width, or as wide as its pixels allow at 300 ppi, not
     * below half the text block (then it is printed below 300 ppi and a warning says so).
     */
    private Slot slot(Picture pic, TaggedBook.Page p) {
        float b = TaggedBook.BLEED_MM;
        float aspect = (float) pic.width() / pic.height();
        float maxH = h - TOP - BOTTOM - 34;
        float full = w + 2 * b;
        if (aspect >= 1.2f && full / aspect <= h * 0.62f && PrintPhotos.pixelsFor(full) <= pic.width()) {
            return new Slot(-b, full, full / aspect);
        }
        float width = Math.min(blockW(), maxH * aspect);
        float supported = pic.width() / (float) PrintPhotos.PPI * 25.4f;
        if (supported < width) {
            width = Math.max(supported, Math.min(width, blockW() / 2));
        }
        return new Slot(left(p), width, width / aspect);
    }

    /** Draws the photo at its place, resampled for 300 ppi there; warns when its pixels are fewer. */
    private void place(TaggedBook.Page p, PDStructureElement fig, Picture pic, float x, float y, float pw, float ph)
            throws IOException {
        int needW = PrintPhotos.pixelsFor(pw);
        int needH = PrintPhotos.pixelsFor(ph);
        // a photo cropped to its slot would need more; here the slot keeps the photo's shape
        if (pic.width() < needW || pic.height() < needH) {
            int ppi = (int) Math.floor(pic.width() / (pw / 25.4f));
            warnings.add(pic.file() + ": too small for print: " + pic.width() + " × " + pic.height() + " px printed "
                    + String.format(Locale.ROOT, "%.0f × %.0f mm", pw, ph) + " gives " + ppi + " ppi; "
                    + PrintPhotos.PPI + " ppi needs " + needW + " × " + needH + " px (photo " + pic.photo().src() + ")");
        }
        byte[] jpeg = photos.jpeg(pic.file(), pic.hash(), pic.width(), pic.height(), needW, needH);
        PDImageXObject img = JPEGFactory.createFromByteArray(book.doc, jpeg);
        p.image(fig, img, x, y, pw, ph);
    }

    private PDStructureElement figure(Picture pic, PDStructureElement parent) {
        PDStructureElement fig = book.element("Figure", parent);
        fig.setAlternateDescription(pic.photo().alt());
        if (!pic.lang().equals(c.htmlLang())) {
            fig.setLanguage(pic.lang());
        }
        return fig;
    }

    /** Caption and credit under a photo whose bottom edge is at {@code y}. */
    private void caption(TaggedBook.Page p, PDStructureElement parent, Picture pic, float y, Color ink, Color soft)
            throws IOException {
        float x = left(p);
        float tw = blockW() * 0.66f;
        float sz = size(9.5f);
        float yy = y + 8;
        String text = pic.photo().caption();
        if (!text.isBlank()) {
            PDStructureElement cap = book.element("P", parent);
            if (!pic.lang().equals(c.htmlLang())) {
                cap.setLanguage(pic.lang());
            }
            List<Line> l = ts.lines(text, Style.REGULAR, sz, tw);
            p.text(cap, l, x, yy, sz, lead(sz, 1.45f), ink, false, tw);
            yy += l.size() * lead(sz, 1.45f) + 1;
        }
        if (!pic.photo().credit().isBlank()) {
            PDStructureElement cr = book.element("P", parent);
            p.text(cr, ts.lines(pic.photo().credit(), Style.SANS, 7, tw), x, yy, 7, lead(7, 1.4f), soft, false, tw);
        }
    }

    private void colophon() throws IOException {
        try (TaggedBook.Page p = book.page()) {
            float x = left(p);
            float tw = blockW() * 0.7f;
            List<String> lines = new ArrayList<>();
            lines.add(c.title() + " – " + c.subtitle());
            lines.add(c.publisher() + (c.year() != null ? ", " + c.year() : ""));
            TreeSet<String> credits = new TreeSet<>();
            c.chapters().forEach(ch -> ch.pictures().forEach(pic -> {
                if (!pic.photo().credit().isBlank()) {
                    credits.add(pic.photo().credit());
                }
            }));
            if (!credits.isEmpty()) {
                lines.add(c.labels().pictures() + ": " + String.join("; ", credits));
            }
            if (c.illustrations()) {
                lines.add(c.labels().illustrationNote());
            }
            if (c.cover() != null && !c.cover().photo().caption().isBlank()) {
                lines.add(c.labels().cover() + ": " + c.cover().photo().caption());
            }
            TreeSet<String> faces = new TreeSet<>();
            BookFonts.faces(c.lang()).forEach(f -> faces.add(f.family()));
            lines.add(c.labels().typefaces() + ": " + String.join(", ", faces) + " (SIL Open Font License 1.1)");
            float sz = size(8.5f);
            List<List<Line>> set = new ArrayList<>();
            float height = 10;
            for (String s : lines) {
                List<Line> l = ts.lines(s, Style.REGULAR, sz, tw);
                set.add(l);
                height += l.size() * lead(sz, 1.45f) + 2.5f;
            }
            // set at the foot of the last page, as colophons are
            float y = h - BOTTOM - height;
            PDStructureElement head = book.element("H2", null);
            p.text(head, ts.lines(c.labels().colophon(), Style.BOLD, size(14), tw), x, y, size(14), 0, INK, false, tw);
            y += 10;
            for (List<Line> l : set) {
                PDStructureElement e = book.element("P", null);
                p.text(e, l, x, y, sz, lead(sz, 1.45f), INK, false, tw);
                y += l.size() * lead(sz, 1.45f) + 2.5f;
            }
            book.bookmark(c.labels().colophon(), p.number - 1);
        }
    }
}
