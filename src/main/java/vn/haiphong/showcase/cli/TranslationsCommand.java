package vn.haiphong.showcase.cli;

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
import vn.haiphong.showcase.content.Site;
import vn.haiphong.showcase.content.SourceHashStamp;
import vn.haiphong.showcase.errors.ContentErrors;
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
            return stamp(r.site(), dir, out, err);
        }
        List<TranslationStatus.Row> rows = TranslationStatus.of(r.site());
        ContentErrors errors = new ContentErrors();
        List<String> exhibition = SiteBuild.exhibitionNotes(r.site(), errors);
        if (!errors.isEmpty()) {
            errors.sorted().forEach(e -> err.println(e.format(dir)));
            err.flush();
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

    private int stamp(Site model, Path dir, PrintWriter out, PrintWriter err) {
        int failures = 0;
        for (Path f : stamp) {
            SourceHashStamp.Outcome done = SourceHashStamp.stampTranslation(model, f);
            if (done instanceof SourceHashStamp.Stamped s) {
                out.println(dir.relativize(s.file()) + ": sourceHash " + s.hash());
            } else if (done instanceof SourceHashStamp.Refused refused) {
                err.println(f + ": " + refused.why());
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? Main.OK : Main.CONTENT_ERRORS;
    }
}
