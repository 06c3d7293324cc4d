package vn.haiphong.showcase.cli;

import java.nio.file.Path;
import vn.haiphong.showcase.jbake.JBakeBuild;
import vn.haiphong.showcase.site.Build;
import vn.haiphong.showcase.site.SiteBuild;

/**
 * The one place that picks the build for a site folder: JBake's for a folder with
 * {@code jbake.properties}, ours otherwise. It sits in {@code cli}, the only package that knows
 * both builds: {@code jbake} depends on {@code site} for the {@link Build} interface, so
 * {@code site} cannot know {@code jbake}; {@code serve} is handed the build it runs.
 */
final class Builds {
    private Builds() {
    }

    /** For one build of {@code siteDir}. */
    static Build forFolder(Path siteDir) {
        return forFolder(siteDir, false);
    }

    /**
     * For one build of {@code siteDir}; {@code strict} makes a JBake project's build refuse what
     * JBake 2.7.0 forgives (our sites' builds are always strict).
     */
    static Build forFolder(Path siteDir, boolean strict) {
        return JBakeBuild.isProject(siteDir) ? new JBakeBuild(strict) : SiteBuild.once();
    }

    /** For repeated builds of {@code siteDir} ({@code serve}), reusing what did not change. */
    static Build forRepeatedBuilds(Path siteDir) {
        return JBakeBuild.isProject(siteDir) ? new JBakeBuild() : SiteBuild.incremental();
    }
}
