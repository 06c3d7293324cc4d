package vn.haiphong.showcase.jbake;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.markdown.MarkdownRenderer;
import vn.haiphong.showcase.site.SiteBuild;

/** Builds a JBake project (a folder with jbake.properties) into JBake 2.7.0's output layout. */
public final class JBakeProject {
    private JBakeProject() {
    }

    public static SiteBuild.Result build(SiteBuild.Options options, MarkdownRenderer markdown, ForkJoinPool pool) {
        return new SiteBuild.Result(List.of(new ContentError(options.siteDir().resolve("jbake.properties"), 0,
                "JBake projects are not supported yet", "")), List.of(), 0, 0, null);
    }
}
