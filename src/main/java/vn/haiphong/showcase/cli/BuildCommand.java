package vn.haiphong.showcase.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.haiphong.showcase.config.ConfigLoader;
import vn.haiphong.showcase.output.OutputRefused;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

@Command(name = "build", description = "Builds the site into the output folder (replaced only when the build succeeds).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--output", paramLabel = "DIR", description = "output folder (default: SITE/output)")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "absolute URL the site is published at (overrides site.yaml)")
    String baseUrl;

    @Option(names = "--drafts", description = "also build drafts, future and expired pages")
    boolean drafts;

    @Option(names = "--print-marks", description = "draw crop marks on the photo book's print edition (also `print: {marks: true}` in site.yaml)")
    boolean printMarks;

    @Option(names = "--strict", description = "JBake projects: stop on what JBake 2.7.0 forgives with a warning (a broken header, an undeclared type, a missing template); our sites are always checked strictly")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = site.dir();
        long start = System.nanoTime();
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (baseUrl != null && ConfigLoader.baseUrlProblem(baseUrl) != null) {
            // every page's canonical link, feed and sitemap start with it: javascript: or data: would put script in them
            err.println("error: --base-url: " + ConfigLoader.baseUrlProblem(baseUrl).replace("baseUrl ", "")
                    + " — give the address the site is published at, e.g. --base-url https://www.example.org");
            return Main.USAGE;
        }
        // the progress line rewrites itself, so only when a person watches a terminal
        java.util.function.Consumer<String> progress = System.console() == null ? null : line -> {
            err.print("\r\u001b[K" + line);
            err.flush();
        };
        BuildResult r;
        try {
            r = Builds.forFolder(dir, strict).log(err::println, progress).run(new BuildOptions(dir, output, baseUrl, drafts, null, printMarks));
        } catch (OutputRefused e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        int code = Reports.print(r, dir, spec.commandLine().getErr());
        if (code == Main.OK) {
            spec.commandLine().getOut().printf("built %d pages (%d files) into %s in %d ms%n", r.pages(), r.files(),
                    output != null ? output : dir.resolve("output"), (System.nanoTime() - start) / 1_000_000);
        }
        return code;
    }
}
