package vn.haiphong.showcase.jbake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import vn.haiphong.showcase.output.MemoryOutput;
import vn.haiphong.showcase.site.Build;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

/**
 * The build of a JBake project (a folder with {@code jbake.properties}) into the files JBake
 * 2.7.0 writes; see {@link JBakeProject}. {@code --base-url} replaces {@code site.host};
 * {@code --drafts} changes nothing (JBake always writes drafts, as {@code -draft} files). Its
 * results have no {@code Site} model, and every {@code serve} rebuild is a full one.
 */
public final class JBakeBuild implements Build {
    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private final boolean strict;

    /** A build as lenient as JBake 2.7.0: what JBake skips or leaves empty is a warning, not an error. */
    public JBakeBuild() {
        this(false);
    }

    /**
     * @param strict make what JBake 2.7.0 forgives (a broken header, an undeclared type, a missing
     *               template) content errors, as {@code check} and {@code build --strict} do
     */
    public JBakeBuild(boolean strict) {
        this.strict = strict;
    }

    /** Whether {@code dir} is a JBake project: it has {@code jbake.properties}. */
    public static boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve("jbake.properties"));
    }

    @Override
    public BuildResult run(BuildOptions options) {
        return JBakeProject.build(options, null, pool, strict);
    }

    @Override
    public BuildResult runInMemory(BuildOptions options, MemoryOutput memory) {
        return JBakeProject.build(options, memory, pool, strict);
    }
}
