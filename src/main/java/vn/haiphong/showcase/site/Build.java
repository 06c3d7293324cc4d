package vn.haiphong.showcase.site;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import vn.haiphong.showcase.output.MemoryOutput;

/**
 * One way of turning a site folder into its published files: {@link SiteBuild} for a site with
 * {@code site.yaml}, {@code jbake.JBakeBuild} for a JBake project. The command line picks one per
 * folder (in one place) and hands it to the commands and to {@code serve}, which know only this.
 * (Not sealed: the two builds live in different packages, which Java allows only inside a module.)
 */
public interface Build {

    /**
     * Builds into {@code options.outputDir()}: the new output replaces the old one only when the
     * result has no errors.
     */
    BuildResult run(BuildOptions options);

    /** Builds into {@code memory} (for {@code serve}); the output folder is not touched. */
    BuildResult runInMemory(BuildOptions options, MemoryOutput memory);

    /**
     * After edits of the files {@code changed}, renders into {@code next} (a copy of the previous
     * in-memory build) only what they change, or returns null when that cannot be done safely and
     * the caller must run a full {@link #runInMemory}. This default always returns null.
     */
    default BuildResult runChanged(BuildOptions options, MemoryOutput next, Set<Path> changed) {
        return null;
    }

    /**
     * Sends the build's notes to {@code notes} and, when {@code progress} is not null, a progress
     * line now and then during long runs. This default has nothing to say.
     */
    default Build log(Consumer<String> notes, Consumer<String> progress) {
        return this;
    }
}
