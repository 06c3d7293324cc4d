package vn.haiphong.showcase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
        SiteBuild.Result r = SiteBuild.once().model(new SiteBuild.Options(dir, null, null, true, null));
        if (!r.ok()) {
            return Reports.print(r, dir, err);
        }
        if (!stamp.isEmpty()) {
            return stamp(r, dir, out, err);
        }
        List<TranslationStatus.Row> rows = TranslationStatus.of(r.site());
        out.print(json ? TranslationStatus.json(r.site(), rows) : TranslationStatus.table(r.site(), rows));
        out.flush();
        return Main.OK;
    }

    private int stamp(SiteBuild.Result r, Path dir, PrintWriter out, PrintWriter err) {
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
