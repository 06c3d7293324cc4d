package vn.haiphong.showcase.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Runs the real JBake 2.7.0 (Maven Central {@code org.jbake:jbake-core}, test scope) on a project
 * folder, as {@code jbake -b SOURCE DESTINATION} would, so tests can compare our output with it.
 *
 * <p>JBake keeps JVM-wide state, so bakes run one at a time and the JVM's default locale and time
 * zone are restored afterwards. During a bake the time zone is UTC (header dates are midnight in
 * the default zone, and RSS dates print the offset), and the default locale is the project's
 * {@code jvm.locale} (English when unset) <em>before</em> JBake starts: JBake's Freemarker takes
 * its locale when the {@code Oven} is built, but {@code Oven.bake()} only applies
 * {@code jvm.locale} afterwards, so a plain first bake would format month names in the machine's
 * locale. Setting it first gives the behaviour {@code jvm.locale} promises (and that JBake shows
 * on every later bake in the same JVM).
 */
public final class RealJBake {

    /** What one bake produced: the files under the output folder and the errors JBake collected. */
    public record Result(Path output, SortedSet<String> files, List<Throwable> errors) {
    }

    /** OrientDB logs its start-up chatter through java.util.logging; kept referenced so the level sticks. */
    private static final Logger ORIENTDB_LOG = Logger.getLogger("com.orientechnologies");

    private RealJBake() {
    }

    /**
     * Bakes {@code site} (a folder with {@code jbake.properties}, {@code content/}, {@code templates/})
     * into {@code output}, with an in-memory, freshly cleared content store.
     *
     * @return the output folder, its files as sorted {@code /}-separated relative paths, and the
     *     errors JBake collected (template or asset-copy failures; JBake does not throw for those,
     *     and it leaves the empty or partial file in place)
     * @throws IllegalArgumentException if {@code site} is not a folder
     * @throws org.jbake.app.JBakeException if JBake refuses the project (e.g. no templates/ folder)
     */
    public static synchronized Result bake(Path site, Path output) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(output, "output");
        if (!Files.isDirectory(site)) {
            throw new IllegalArgumentException("expected a JBake project folder, got " + site);
        }
        ORIENTDB_LOG.setLevel(Level.SEVERE);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(site.toFile(), output.toFile(), true);
            String jvmLocale = config.getJvmLocale();
            Locale.setDefault(jvmLocale == null ? Locale.ENGLISH : LocaleUtils.toLocale(jvmLocale));
            Oven oven = new Oven(config);
            oven.bake();
            return new Result(output, listFiles(output), oven.getErrors());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    /**
     * {@code RealJBake SITE OUTPUT}: one bake from the command line, for bench/jbake-projects.sh
     * (JBake's own launcher needs Jetty, which the test class path leaves out).
     */
    public static void main(String[] args) {
        Result r = bake(Path.of(args[0]), Path.of(args[1]));
        System.out.println(r.files().size() + " files, " + r.errors().size() + " errors");
        System.exit(r.errors().isEmpty() ? 0 : 1);
    }

    /**
     * The files of {@code files} whose text differs between JBake's output folder and ours, each
     * with both texts (empty when every file is the same).
     */
    public static java.util.List<String> textDifferences(Path jbakeOut, Path ourOut, Iterable<String> files) {
        java.util.List<String> differences = new java.util.ArrayList<>();
        try {
            for (String file : files) {
                String a = Files.readString(jbakeOut.resolve(file));
                String b = Files.readString(ourOut.resolve(file));
                if (!a.equals(b)) {
                    differences.add(file + "\n--- JBake:\n" + a + "\n--- ours:\n" + b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return differences;
    }

    /** The regular files under {@code root}, as sorted {@code /}-separated relative paths. */
    public static SortedSet<String> listFiles(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            SortedSet<String> files = new TreeSet<>();
            paths.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/"))
                    .forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
