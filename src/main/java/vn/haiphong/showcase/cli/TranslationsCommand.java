package vn.haiphong.showcase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.vr360.ExhibitionLoader;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.haiphong.showcase.check.TranslationStatus;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.SourceHashStamp;
import vn.haiphong.showcase.content.TranslationGroup;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;
import vn.haiphong.showcase.site.SiteBuild;

@Command(name = "translations", description = {
        "Shows, for every page and language, whether it is translated, missing or stale.",
        "After translating or updating a page, record which source version it matches with",
        "  translations --stamp content/en/about.md"})
final class TranslationsCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--json", description = "print JSON: {\"groups\":[{\"key\":…,\"status\":{\"vi\":\"translated\",…}}]}")
    boolean json;

    @Option(names = "--stamp", paramLabel = "FILE", arity = "1..*",
            description = "mark these translation files as up to date with their source (writes `sourceHash`)")
    List<Path> stamp = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = site.dir();
        BuildResult r = SiteBuild.once().model(new BuildOptions(dir, null, null, true, null));
        if (!r.ok()) {
            return Reports.print(r, dir, err);
        }
        if (!stamp.isEmpty()) {
            return stamp(r, dir, out, err);
        }
        List<TranslationStatus.Row> rows = TranslationStatus.of(r.site());
        List<String> exhibition = exhibitionNotes(r, dir, err);
        if (exhibition == null) {
            return Main.CONTENT_ERRORS;
        }
        if (json) {
            out.print(TranslationStatus.json(r.site(), rows, exhibition));
        } else {
            out.print(TranslationStatus.table(r.site(), rows));
            if (!exhibition.isEmpty()) {
                out.println();
                out.println("Exhibition texts shown in " + r.site().config().defaultLanguage() + " until translated:");
                exhibition.forEach(n -> out.println("  " + n));
            }
        }
        out.flush();
        return Main.OK;
    }

    /** The exhibition's untranslated texts (empty without an exhibition), or null after printing its errors. */
    private static List<String> exhibitionNotes(BuildResult r, Path dir, PrintWriter err) {
        ContentErrors errors = new ContentErrors();
        List<String> notes = new ArrayList<>();
        Map<String, Path> files = new HashMap<>();
        r.site().staticFiles().forEach(f -> files.put(f.target(), f.source()));
        SiteConfig config = r.site().config();
        ExhibitionLoader.load(dir, config.languageCodes(), config.defaultLanguage(), files, errors, notes);
        if (!errors.isEmpty()) {
            errors.sorted().forEach(e -> err.println(e.format(dir)));
            err.flush();
            return null;
        }
        return notes;
    }

    private int stamp(BuildResult r, Path dir, PrintWriter out, PrintWriter err) {
        int failures = 0;
        String dflt = r.site().config().defaultLanguage();
        for (Path f : stamp) {
            Path file = (f.isAbsolute() ? f : Path.of("").toAbsolutePath().resolve(f)).normalize();
            Page page = null;
            for (TranslationGroup g : r.site().groups().values()) {
                for (Page p : g.pages().values()) {
                    if (p.file().toAbsolutePath().normalize().equals(file)) {
                        page = p;
                    }
                }
            }
            if (page == null) {
                err.println(f + ": not a page of this site (give the path of a translation under content/<lang>/)");
                failures++;
                continue;
            }
            Page source = r.site().group(page).pages().get(dflt);
            if (source == null || source == page) {
                err.println(f + ": has no " + dflt + " source page to be a translation of");
                failures++;
                continue;
            }
            try {
                SourceHashStamp.stamp(file, source.contentHash());
                out.println(dir.relativize(file) + ": sourceHash " + source.contentHash());
            } catch (IOException e) {
                err.println(f + ": " + e.getMessage());
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? Main.OK : Main.CONTENT_ERRORS;
    }
}
