package vn.haiphong.showcase.photobook.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.haiphong.showcase.config.PrintOptions;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.photobook.Chapter;
import vn.haiphong.showcase.photobook.Photo;

/**
 * Everything one edition prints, gathered from the chapters, the photo book's index page and the
 * UI strings: the texts in the edition's language (each marked with its own language when a
 * chapter is still shown from the default language) and the pictures with their files.
 */
record BookContent(String lang, String htmlLang, String title, String subtitle, String originalTitle,
                   String originalLang, String publisher, Integer year, Labels labels, List<Para> foreword,
                   String forewordLang, List<ChapterText> chapters, Picture cover, boolean illustrations) {

    /** The book's fixed words in the edition's language. */
    record Labels(String contents, String foreword, String colophon, String pictures, String typefaces,
                  String illustrationNote, String cover, String chapterN) {
        String chapter(int n) {
            return UiStrings.fill(chapterN, List.of("number", n));
        }
    }

    /** A paragraph; italic when the whole paragraph is emphasised in the Markdown. */
    record Para(String text, boolean italic) {
    }

    /** A photo with its file, the file's content hash and its pixel size. */
    record Picture(Photo photo, String lang, Path file, String hash, int width, int height) {
    }

    record ChapterText(int number, String title, String lang, List<Para> intro, List<Picture> pictures) {
    }

    static BookContent of(PrintEditions.Inputs in, String lang, PrintOptions opts) {
        SiteConfig config = in.config();
        UiStrings ui = in.ui();
        String dflt = config.defaultLanguage();
        Labels labels = new Labels(ui.get(lang, "print_contents"), ui.get(lang, "print_foreword"),
                ui.get(lang, "print_colophon"), ui.get(lang, "print_pictures"), ui.get(lang, "print_typefaces"),
                ui.get(lang, "print_illustration_note"), ui.get(lang, "print_cover"), ui.get(lang, "photobook_chapter_n"));
        List<ChapterText> chapters = new ArrayList<>();
        for (Chapter c : in.book().chapters(lang)) {
            Page p = c.entry().page();
            List<Picture> pics = new ArrayList<>();
            for (Photo ph : c.photos()) {
                Path file = in.photoFile().apply(ph.src());
                if (file == null) {
                    continue; // the photo book reported it
                }
                int[] size = PrintPhotos.pixelSize(file, ph.image().width(), ph.image().height());
                pics.add(new Picture(ph, config.language(ph.captionLang()).htmlLang(), file, in.photoHash().apply(file).substring(0, 32),
                        size[0], size[1]));
            }
            chapters.add(new ChapterText(c.number(), p.title(), config.language(p.lang()).htmlLang(), paragraphs(p.body()),
                    List.copyOf(pics)));
        }
        PageEntry index = in.indexPages().get(lang);
        List<Para> foreword = index == null ? List.of() : paragraphs(index.page().body());
        String forewordLang = index == null ? config.language(lang).htmlLang() : config.language(index.page().lang()).htmlLang();
        // the last chapter's first photo: the first chapter's opens the book on page 6 already
        Picture cover = chapters.stream().filter(ch -> !ch.pictures().isEmpty()).reduce((a, b) -> b)
                .map(ch -> ch.pictures().get(0)).orElse(null);
        String original = lang.equals(dflt) ? null
                : ui.get(dflt, "print_title") + " – " + ui.get(dflt, "print_subtitle");
        return new BookContent(lang, config.language(lang).htmlLang(), ui.get(lang, "print_title"),
                ui.get(lang, "print_subtitle"), original, config.language(dflt).htmlLang(), ui.get(lang, "print_publisher"),
                opts.year(), labels, foreword, forewordLang, List.copyOf(chapters), cover, opts.illustrations());
    }

    /** Every picture, the cover's included, for the cache key. */
    List<Picture> allPictures() {
        List<Picture> out = new ArrayList<>();
        chapters.forEach(c -> out.addAll(c.pictures()));
        return out;
    }

    /** A stable text of every word in the book, for the cache key. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(lang).append('|').append(title).append('|').append(subtitle).append('|').append(originalTitle)
                .append('|').append(publisher).append('|').append(year).append('|').append(labels).append('|')
                .append(foreword).append('|').append(forewordLang).append('|').append(illustrations);
        for (ChapterText c : chapters) {
            sb.append("\n#").append(c.number()).append(c.title()).append(c.lang()).append(c.intro());
            for (Picture p : c.pictures()) {
                Photo ph = p.photo();
                sb.append('\n').append(ph.src()).append('|').append(ph.alt()).append('|').append(ph.caption())
                        .append('|').append(ph.credit()).append('|').append(p.lang()).append('|').append(p.width())
                        .append('x').append(p.height());
            }
        }
        return sb.toString();
    }

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3})(\\S(?:.*?\\S)?)\\1");

    /** The Markdown body as plain paragraphs: links keep their text, tags and emphasis marks go, directives are left out. */
    static List<Para> paragraphs(String markdown) {
        List<Para> out = new ArrayList<>();
        boolean inDirective = false;
        for (String block : markdown.replace("\r", "").split("\n\\s*\n")) {
            String b = block.strip();
            if (b.startsWith(":::")) {
                inDirective = !b.endsWith(":::") || b.equals(":::") ? !inDirective : inDirective;
                continue;
            }
            if (inDirective || b.isEmpty() || b.startsWith("::") || b.startsWith("|") || b.startsWith("```")) {
                continue;
            }
            b = b.replaceAll("(?m)^#{1,6}\\s+", "").replaceAll("(?m)^[-*+]\\s+", "• ").replaceAll("(?m)^>\\s?", "");
            boolean italic = b.matches("(?s)^([*_])[^*_].*[^*_]\\1$");
            String t = LINK.matcher(b).replaceAll("$1");
            t = TAG.matcher(t).replaceAll("");
            t = EMPHASIS.matcher(t).replaceAll("$2");
            t = t.replace("\\", "").replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                out.add(new Para(t, italic));
            }
        }
        return out;
    }
}
