package vn.haiphong.showcase.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;
import vn.haiphong.showcase.site.SiteBuild;

/**
 * A test that changes and builds its own copy of the {@code mini} fixture site: each test method
 * gets a fresh {@link #site} in a fresh {@link #tmp}, and {@link #build()} builds it on a fixed day
 * so dated pages (drafts, future posts) come out the same every run.
 */
public abstract class MiniSite {
    /** The day every build of the mini site takes as today. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    protected Path tmp;
    protected Path site;

    @BeforeEach
    void copyMiniSite() {
        site = Fixtures.site("mini", tmp);
    }

    /** Builds {@link #site} once into its own {@code output/}, as of {@link #TODAY}. */
    protected BuildResult build() {
        return SiteBuild.once().run(new BuildOptions(site, null, null, false, TODAY));
    }
}
