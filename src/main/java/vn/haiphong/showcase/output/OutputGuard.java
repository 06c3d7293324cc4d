package vn.haiphong.showcase.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which folders an {@link OutputDir} may replace. A commit deletes what was at the target, so an
 * existing non-empty target must carry {@code ownFile}, the proof that an earlier run of the same
 * writer made it; for a site's output, the target must also stay clear of the site itself: not the
 * site folder, not a folder holding it, not inside its sources (nor its {@code .cache}, {@code .git}
 * or {@code src}), also when a symbolic link leads there.
 *
 * @param site     the site folder, or null when the output belongs to no site ({@code vr360 tile})
 * @param sources  folders the output must not be in or be (absolute)
 * @param ownFile  the file that marks a folder as this writer's output
 * @param previous a folder accepted without {@code ownFile}, or null: the site's {@code output/},
 *                 which builds before the marker existed left unmarked, and which has only ever
 *                 been the build's to replace
 * @param verb     what the writer does there, for messages ("build", "write")
 * @param advice   what to choose instead, for messages
 */
record OutputGuard(Path site, List<Path> sources, String ownFile, Path previous, String verb, String advice) {
    /** Folders of a site that are never its output, whichever build it uses. */
    private static final List<String> TOOL_FOLDERS = List.of(".cache", ".git", "src");

    static OutputGuard forSite(Path site, List<Path> sources, String marker) {
        Path s = absolute(site);
        List<Path> all = new ArrayList<>();
        sources.forEach(p -> all.add(absolute(p)));
        TOOL_FOLDERS.forEach(name -> all.add(s.resolve(name)));
        Path output = s.resolve("output");
        return new OutputGuard(s, List.copyOf(all), marker, output, "build",
                "choose an empty folder or the site's output/ (" + output + ")");
    }

    static OutputGuard owning(String ownFile) {
        return new OutputGuard(null, List.of(), ownFile, null, "write", "choose a new or empty folder");
    }

    /** Throws {@link OutputRefused} when the writer must not replace {@code target}. */
    void check(Path target) {
        Path t = absolute(target);
        if (t.getParent() == null) {
            throw refuse(t, "it is the root of the file system");
        }
        Path real = real(t);
        if (site != null) {
            Path realSite = real(site);
            for (Path s : List.of(site, realSite)) {
                if (t.equals(s) || real.equals(s)) {
                    throw refuse(t, "it is the site folder itself" + through(t, real));
                }
                if (s.startsWith(t) || s.startsWith(real)) {
                    throw refuse(t, "it holds the site folder " + site + through(t, real));
                }
            }
            for (Path source : sources) {
                for (Path d : List.of(source, real(source))) {
                    if (t.startsWith(d) || real.startsWith(d)) {
                        String name = site.relativize(source).toString().replace('\\', '/') + "/";
                        throw refuse(t, (t.equals(d) || real.equals(d) ? "it is the site's " : "it is inside the site's ")
                                + name + through(t, real));
                    }
                }
            }
        }
        if (Files.exists(t) && !Files.isDirectory(t)) {
            throw refuse(t, "it is a file, not a folder");
        }
        if (Files.isDirectory(t) && !Files.isRegularFile(t.resolve(ownFile))
                && !t.equals(previous) && !empty(t)) {
            throw refuse(t, site == null ? "it is not empty and holds no " + ownFile
                    : "it holds files a build did not write (it has no " + ownFile + ", the mark of a build's"
                            + " output) and a build replaces its output folder whole");
        }
    }

    private OutputRefused refuse(Path target, String why) {
        return new OutputRefused("cannot " + verb + " into " + target + ": " + why + "; " + advice);
    }

    private static String through(Path t, Path real) {
        return t.equals(real) ? "" : " (through a symbolic link to " + real + ")";
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /**
     * {@code p} with every symbolic link on its way resolved: the real path of its deepest
     * existing ancestor and the rest as written.
     */
    static Path real(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(p)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + p, e);
        }
    }

    private static boolean empty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }
}
