package vn.haiphong.showcase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.haiphong.showcase.check.HtmlValidator;
import vn.haiphong.showcase.check.SiteCheck;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

@Command(name = "check", description = {
        "Builds the site into a temporary folder (output/ is not touched) and checks links, anchors,",
        "image alt texts and translations; --html also validates every page with the Nu Html Checker."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--html", description = "also validate every page with the Nu Html Checker (vnu.jar from npm `vnu-jar`, or VNU_JAR)")
    boolean html;

    @Option(names = "--require-complete", description = "fail when a page marked `required: true` lacks a language")
    boolean requireComplete;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = site.dir();
        Path vnu = null;
        if (html) {
            vnu = HtmlValidator.find(dir);
            if (vnu == null) {
                err.println("error: the Nu Html Checker is not installed: run `npm ci` in the project (package vnu-jar)"
                        + " or set VNU_JAR to the path of vnu.jar");
                return Main.USAGE;
            }
        }
        Path tmp = Files.createTempDirectory("showcase-check-");
        Path built = tmp.resolve("output");
        try {
            BuildResult r = Builds.forFolder(dir, true).run(new BuildOptions(dir, built, null, false, null));
            if (!r.ok()) {
                return Reports.print(r, dir, err);
            }
            for (String w : r.warnings()) {
                err.println("warning: " + w);
            }
            SiteCheck.Result found = SiteCheck.run(built, r.site(), requireComplete);
            for (ContentError w : found.warnings()) {
                err.println("warning: " + w.format(dir));
            }
            if (found.translations() != null) {
                out.printf("translations: %d pages, %d missing, %d stale (details: translations)%n",
                        found.translations().pages(), found.translations().missing(), found.translations().stale());
            }
            List<ContentError> problems = new ArrayList<>(found.problems());
            if (vnu != null) {
                problems.addAll(HtmlValidator.validate(vnu, built, err));
            }
            problems.sort(null);
            for (ContentError e : problems) {
                err.println(e.format(dir));
            }
            if (!problems.isEmpty()) {
                err.println(problems.size() + " problem(s) found.");
                return Main.CONTENT_ERRORS;
            }
            out.println("check passed: " + r.pages() + " pages");
            return Main.OK;
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
