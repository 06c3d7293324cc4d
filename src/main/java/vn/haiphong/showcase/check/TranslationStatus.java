package vn.haiphong.showcase.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.Site;
import vn.haiphong.showcase.content.TranslationGroup;
import vn.haiphong.showcase.errors.ContentError;

/**
 * Per translation group and language: {@code translated}, {@code missing}, or {@code stale} (the
 * default-language source changed after the translation: the translation's {@code sourceHash}
 * differs from the source's content hash).
 */
public final class TranslationStatus {

    public enum State {
        TRANSLATED, STALE, MISSING;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One group's row: key, state per language, whether the page is required, the source file. */
    public record Row(String key, Map<String, State> states, boolean required, Page source) {
        public boolean complete() {
            return states.values().stream().noneMatch(s -> s == State.MISSING);
        }
    }

    /** How many groups there are, and how many page × language cells are missing or stale. */
    public record Totals(int pages, long missing, long stale) {
    }

    private TranslationStatus() {
    }

    /** The rows of every translation group, sorted by key. */
    public static List<Row> of(Site site) {
        SiteConfig config = site.config();
        List<Row> rows = new ArrayList<>();
        for (TranslationGroup g : site.groups().values()) {
            Page source = g.pages().get(config.defaultLanguage());
            String sourceHash = source == null ? null : source.contentHash();
            Map<String, State> states = new LinkedHashMap<>();
            boolean required = false;
            for (String lang : config.languageCodes()) {
                Page p = g.pages().get(lang);
                if (p == null) {
                    states.put(lang, State.MISSING);
                    continue;
                }
                required |= p.required();
                boolean stale = source != null && p != source && p.sourceHash() != null
                        && !p.sourceHash().equals(sourceHash);
                states.put(lang, stale ? State.STALE : State.TRANSLATED);
            }
            Page any = source != null ? source : g.pages().values().iterator().next();
            rows.add(new Row(g.key(), Map.copyOf(states), required, any));
        }
        return rows;
    }

    /** The totals of {@code rows}. */
    public static Totals totals(List<Row> rows) {
        return new Totals(rows.size(), count(rows, State.MISSING), count(rows, State.STALE));
    }

    private static long count(List<Row> rows, State state) {
        return rows.stream().flatMap(r -> r.states().values().stream()).filter(s -> s == state).count();
    }

    /**
     * An error for each page marked {@code required: true} that is missing in a language, at its
     * source file, naming the languages it lacks.
     */
    public static List<ContentError> requiredButIncomplete(List<Row> rows) {
        List<ContentError> errors = new ArrayList<>();
        for (Row row : rows) {
            if (row.required() && !row.complete()) {
                List<String> lacking = row.states().entrySet().stream().filter(e -> e.getValue() == State.MISSING)
                        .map(Map.Entry::getKey).sorted().toList();
                errors.add(new ContentError(row.source().file(), 0,
                        "required page `" + row.key() + "` is missing in " + String.join(", ", lacking),
                        "translate it into content/<lang>/" + row.source().path() + ", or remove `required: true`"));
            }
        }
        return errors;
    }

    /** The JSON report: {@code {"groups":[{"key":…,"status":{"vi":"translated",…}}]}}, languages in site order. */
    public static String json(Site site, List<Row> rows) {
        return json(site, rows, List.of());
    }

    /**
     * The JSON report with, under {@code "exhibition"}, the exhibition's texts that are not yet
     * translated ({@code "file:line: room …, exhibit …: `caption` is not translated into en, ko …"}).
     */
    public static String json(Site site, List<Row> rows, List<String> exhibition) {
        StringBuilder sb = new StringBuilder("{\"groups\":[");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("\n  {\"key\":").append(quote(r.key())).append(",\"status\":{");
            boolean first = true;
            for (String lang : site.config().languageCodes()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append(quote(lang)).append(':').append(quote(r.states().get(lang).word()));
            }
            sb.append("}}");
        }
        sb.append("\n]");
        if (!exhibition.isEmpty()) {
            sb.append(",\"exhibition\":[");
            for (int i = 0; i < exhibition.size(); i++) {
                sb.append(i > 0 ? "," : "").append("\n  ").append(quote(exhibition.get(i)));
            }
            sb.append("\n]");
        }
        return sb.append("}\n").toString();
    }

    /** A plain-text table for people. */
    public static String table(Site site, List<Row> rows) {
        List<String> langs = site.config().languageCodes();
        int width = Math.max(4, rows.stream().mapToInt(r -> r.key().length()).max().orElse(4));
        StringBuilder sb = new StringBuilder();
        sb.append(pad("page", width));
        for (String l : langs) {
            sb.append("  ").append(pad(l, 10));
        }
        sb.append('\n');
        Map<State, Integer> totals = new LinkedHashMap<>();
        for (Row r : rows) {
            sb.append(pad(r.key(), width));
            for (String l : langs) {
                State s = r.states().get(l);
                totals.merge(s, 1, Integer::sum);
                sb.append("  ").append(pad(s.word(), 10));
            }
            if (r.required()) {
                sb.append("  (required)");
            }
            sb.append('\n');
        }
        sb.append('\n').append(rows.size()).append(" pages × ").append(langs.size()).append(" languages: ");
        sb.append(totals.getOrDefault(State.TRANSLATED, 0)).append(" translated, ")
                .append(totals.getOrDefault(State.STALE, 0)).append(" stale, ")
                .append(totals.getOrDefault(State.MISSING, 0)).append(" missing\n");
        return sb.toString();
    }

    private static String pad(String s, int w) {
        int len = s.codePointCount(0, s.length());
        return len >= w ? s : s + " ".repeat(w - len);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
