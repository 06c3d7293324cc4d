package vn.haiphong.showcase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.site.BuildResult;

/** Prints build outcomes the same way for every command. */
final class Reports {
    private Reports() {
    }

    /** Prints warnings and errors; returns the exit code for the result. */
    static int print(BuildResult r, Path siteDir, PrintWriter err) {
        for (String w : r.warnings()) {
            err.println("warning: " + w);
        }
        for (ContentError e : r.errors()) {
            err.println(e.format(siteDir));
        }
        if (!r.ok()) {
            err.println(r.errors().size() + " content error(s); the output folder was left as it was.");
            return Main.CONTENT_ERRORS;
        }
        return Main.OK;
    }
}
