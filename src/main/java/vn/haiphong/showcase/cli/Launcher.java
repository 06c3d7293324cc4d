package vn.haiphong.showcase.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs batch commands ({@code build}, {@code check}, {@code publish}, {@code vr360}) in a child JVM
 * tuned for one-shot work, because {@code java -jar} cannot carry JVM options. Measured on the
 * 10,000-page corpus: C2 compilation alone cost about 7 cpu-seconds that a single build never
 * earns back, and the default G1 heap grew past 1 GiB; the client compiler and the serial
 * collector halve the CPU of the default site and keep the corpus under 300 MiB. Panorama tiling
 * is the opposite case, a few hot loops running for seconds: it keeps C2 (a third less CPU in the
 * projection) and takes the serial collector with a small (16 MiB) young generation, so a 16K
 * panorama (384 MiB of pixels) peaks under 600 MiB instead of 700. A class-data archive next to
 * the jar (made on first use; for {@code vr360} by a start-up-only run, see
 * {@link #writeStartUpArchive}) trims start-up. The heap is capped at 1 GiB: decoding 24 MP photos
 * allocates 72 MB arrays that the serial collector would otherwise let pile up to 2 GiB of
 * resident memory (200 photos) for a live set near 100 MiB; with the cap the same run stays near
 * 1 GiB for the same CPU. A site of more than 16,000 pages gets 64 KiB of heap per page instead
 * (at most three quarters of the machine's memory): a build holds every page's Markdown, its
 * rendered HTML and, with the CDN stage, its finished bytes until the assets are named, so the
 * 50,000-page corpus spent its time collecting garbage in a 1 GiB heap and never finished.
 * {@code SHOWCASE_JAVA_OPTS} replaces the options;
 * {@code SHOWCASE_NO_FORK=1}, or JVM options in {@code JDK_JAVA_OPTIONS} / {@code JAVA_TOOL_OPTIONS},
 * keep everything in one process. (Options on the java command line itself are not detected:
 * reading them needs JMX, which costs more start-up than the whole check is worth.)
 */
final class Launcher {
    private static final String CHILD = "showcase.child";
    /** Set in the child JVM that writes the class-data archive at its exit. */
    static final String ARCHIVING = "showcase.archiving";
    /** The heap of batch commands, for sites up to {@link #PAGES_IN_DEFAULT_HEAP} pages. */
    private static final String HEAP = "-Xmx1g";
    static final int PAGES_IN_DEFAULT_HEAP = 16_000;
    /**
     * The young generation of batch commands. By default the serial collector gives it a third of
     * the heap, and every page of eden it fills between two collections stays resident: the
     * 10,000-page corpus as shipped peaked at 1,036-1,103 MiB with a 1 GiB heap, and at 833-865 MiB
     * with 64 MiB of young generation, for the same CPU (BENCHMARKS, issue 18).
     */
    private static final String YOUNG = "-Xmn64m";
    private static final List<String> TUNED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", HEAP, YOUNG,
            "-XX:-UsePerfData", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final List<String> PIXELS = List.of("-XX:+UseSerialGC", "-Xmn16m",
            "-XX:-UsePerfData", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /** A build that renders exhibition halls: seconds of hot loops, where C2 pays (see {@link #rendersHalls}). */
    private static final List<String> HALLS = TUNED.stream().filter(o -> !o.startsWith("-XX:TieredStopAtLevel")).toList();
    private static final Map<String, List<String>> BATCH = Map.of("build", TUNED, "check", TUNED, "publish", TUNED,
            "vr360", PIXELS);

    private Launcher() {
    }

    /** Exit code of the child, or -1 when the command should run in this JVM. */
    static int maybeFork(String[] args) {
        if (args.length == 0 || !BATCH.containsKey(args[0]) || Boolean.getBoolean(CHILD)
                || "1".equals(System.getenv("SHOWCASE_NO_FORK"))
                || System.getenv("JDK_JAVA_OPTIONS") != null || System.getenv("JAVA_TOOL_OPTIONS") != null) {
            return -1;
        }
        Path jar = ownJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (jar == null || !Files.isExecutable(java)) {
            return -1;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        String custom = System.getenv("SHOWCASE_JAVA_OPTS");
        if (custom != null && !custom.isBlank()) {
            cmd.addAll(List.of(custom.trim().split("\\s+")));
        } else {
            List<String> opts = !args[0].equals("vr360") && rendersHalls(args) ? HALLS : BATCH.get(args[0]);
            String heap = args[0].equals("vr360") ? HEAP : heapFor(countPages(site(args), PAGES_IN_DEFAULT_HEAP * 8),
                    physicalMemory());
            cmd.addAll(opts.stream().map(o -> o.equals(HEAP) ? heap : o).toList());
            cmd.addAll(archiveOptions(jar, args[0], java));
        }
        cmd.add("-D" + CHILD + "=true");
        cmd.add("-Dfile.encoding=" + System.getProperty("file.encoding"));
        cmd.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * Whether this build will probably render exhibition halls: the site has
     * {@code vr360/exhibition.yaml} and no {@code .cache/vr360} at least as new as it. A wrong
     * guess costs only speed (rendering three halls with the client compiler alone takes about a
     * fifth longer; a Markdown-heavy build with C2 a little more CPU).
     */
    static boolean rendersHalls(String[] args) {
        Path site = site(args);
        Path yaml = site.resolve("vr360").resolve("exhibition.yaml");
        Path cache = site.resolve(".cache").resolve("vr360");
        try {
            return Files.isRegularFile(yaml) && (!Files.isDirectory(cache)
                    || Files.getLastModifiedTime(yaml).compareTo(Files.getLastModifiedTime(cache)) > 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** The site folder the command names ({@code --site}), else the working folder. */
    private static Path site(String[] args) {
        Path site = Path.of(".");
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--site") && i + 1 < args.length) {
                site = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--site=")) {
                site = Path.of(args[i].substring("--site=".length()));
            }
        }
        return site;
    }

    /** How many Markdown and HTML pages {@code site}'s content/ has, counting no further than {@code limit}. */
    static int countPages(Path site, int limit) {
        Path content = site.resolve("content");
        if (!Files.isDirectory(content)) {
            return 0;
        }
        try (var files = Files.walk(content)) {
            return (int) files.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".md") || n.endsWith(".html");
            }).limit(limit).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * The heap for a site of {@code pages} pages on a machine with {@code memory} bytes (0: unknown):
     * 1 GiB up to {@link #PAGES_IN_DEFAULT_HEAP} pages, then 64 KiB a page, at most three quarters
     * of the machine's memory.
     */
    static String heapFor(int pages, long memory) {
        if (pages <= PAGES_IN_DEFAULT_HEAP) {
            return HEAP;
        }
        long mib = (long) pages * 64 / 1024;
        if (memory > 0) {
            mib = Math.min(mib, memory * 3 / 4 / (1024 * 1024));
        }
        return "-Xmx" + Math.max(1024, mib) + "m";
    }

    private static long physicalMemory() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() : 0;
    }

    /**
     * Use the archive for this exact jar and command if there is one; otherwise let this run
     * write it. One archive per command, because each loads different classes (publish: the
     * AWS SDK; build: Freemarker and Flexmark).
     */
    private static List<String> archiveOptions(Path jar, String command, Path java) {
        try {
            long stamp = Files.getLastModifiedTime(jar).toMillis() ^ Files.size(jar);
            String prefix = "showcase-" + Long.toHexString(stamp);
            Path dir = jar.getParent();
            Path archive = dir.resolve(prefix + "-" + command + ".jsa");
            if (Files.isRegularFile(archive)) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
            }
            if (Files.isWritable(dir)) {
                try (var old = Files.newDirectoryStream(dir, "showcase-*.jsa")) {
                    for (Path p : old) {
                        if (!p.getFileName().toString().startsWith(prefix + "-")) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
                if (command.equals("vr360")) {
                    return writeStartUpArchive(jar, java, archive);
                }
                return List.of("-XX:ArchiveClassesAtExit=" + archive);
            }
        } catch (IOException e) {
            // no archive: start-up is only a little slower
        }
        return List.of();
    }

    /**
     * Writes the archive of {@code vr360} in a run of {@code vr360 tile --help} of its own (start-up
     * classes only: picocli, the commands), not at the exit of a real tiling. A JVM that writes its
     * archive while the JIT is compiling the tiler's loops can store those methods in a state that
     * every later run never compiles: measured with archives written by 2048 px tilings, 2 of 6
     * made the top and bottom faces 5-8 times slower and the polar filter up to 30 times, in every
     * later run until the jar changed; which archive turns out bad depends on timing, so on load.
     * The tiler's own classes are then never in the archive and cannot be stored that way. Costs
     * about half a second, once per jar.
     */
    private static List<String> writeStartUpArchive(Path jar, Path java, Path archive) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(PIXELS);
        cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-D" + ARCHIVING + "=true", "-D" + CHILD + "=true",
                "-cp", jar.toString(), Main.class.getName(), "vr360", "tile", "--help"));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() == 0 && Files.isRegularFile(archive)) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
            }
        } catch (IOException e) {
            // no archive: start-up is only a little slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (Exception e) {
            return null;
        }
    }
}
