package vn.haiphong.showcase.jbake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.output.MemoryOutput;
import vn.haiphong.showcase.output.Output;
import vn.haiphong.showcase.output.OutputDir;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

/**
 * Builds a JBake project (a folder with {@code jbake.properties}) into the files JBake 2.7.0
 * writes: documents at their {@code uri} (drafts with {@code -draft}), then archive, feed, index
 * pages, sitemap, tag pages and 404 as configured, then {@code assets/} and the other files of
 * {@code content/}; where two of these have the same path the later one wins, as in JBake. The
 * model is built once and pages render in parallel. Unlike JBake, any content or template error
 * stops the build and leaves the previous output as it was.
 */
final class JBakeProject {

    /** One file of the output: rendered from a template, or copied. */
    private sealed interface Job permits Render, Copy {
        String output();

        String from();
    }

    /** A page from {@code template}; {@code switchedBy} is the render.* key that turns it off (null for documents). */
    private record Render(String output, String template, Supplier<Map<String, Object>> model, String from,
                          String switchedBy) implements Job {
    }

    private record Copy(String output, Path source, String from) implements Job {
    }

    /** The project's source folders, never an output folder. */
    private static final List<String> SOURCES = List.of("content.folder", "template.folder", "asset.folder",
            "data.folder");

    private JBakeProject() {
    }

    /**
     * Builds the project in {@code options.siteDir()} into {@code options.outputDir()}, or into
     * {@code memory} when it is not null ({@code serve}), rendering on {@code pool}. {@code --base-url}
     * replaces {@code site.host}; {@code --drafts} changes nothing (JBake always writes drafts, as
     * {@code -draft} files). Returns the errors (the output is replaced only when there are none),
     * warnings and counts; the result has no {@code Site} model.
     */
    static BuildResult build(BuildOptions options, MemoryOutput memory, ForkJoinPool pool) {
        return build(options, memory, pool, false);
    }

    /**
     * As {@link #build(BuildOptions, MemoryOutput, ForkJoinPool)}; {@code strict} turns what JBake
     * 2.7.0 forgives with a log line (a document with a broken header or an undeclared type, which
     * it skips; a missing template, for which it writes an empty page) into content errors. Not
     * strict, each of these is a warning naming the file and saying what JBake does.
     */
    static BuildResult build(BuildOptions options, MemoryOutput memory, ForkJoinPool pool, boolean strict) {
        Map<String, String> system = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(k -> system.put(k, System.getProperty(k)));
        return build(options, memory, pool, Instant.now(), system, strict);
    }

    /**
     * As {@link #build(BuildOptions, MemoryOutput, ForkJoinPool)}, at {@code now} and with the given
     * system properties (for tests). The output folder is checked right after the configuration is
     * read, before any work.
     *
     * @throws vn.haiphong.showcase.output.OutputRefused when the output folder is one a build must not replace
     */
    static BuildResult build(BuildOptions options, MemoryOutput memory, ForkJoinPool pool, Instant now,
                             Map<String, String> systemProperties) {
        return build(options, memory, pool, now, systemProperties, true);
    }

    /** As {@link #build(BuildOptions, MemoryOutput, ForkJoinPool, Instant, Map)}, strict or as lenient as JBake. */
    static BuildResult build(BuildOptions options, MemoryOutput memory, ForkJoinPool pool, Instant now,
                             Map<String, String> systemProperties, boolean strict) {
        ContentErrors errors = new ContentErrors();
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> overrides = options.baseUrl() == null ? Map.of() : Map.of("site.host", options.baseUrl());
        JBakeConfig config = JBakeConfig.load(options.siteDir(), overrides, systemProperties, errors);
        if (!errors.isEmpty()) {
            return failed(errors, warnings);
        }
        OutputDir dir = memory != null ? null : OutputDir.forSite(options.outputDir(), options.siteDir(),
                SOURCES.stream().map(config::folder).toList());
        try {
            return buildInto(options, config, memory, dir, pool, now, strict, errors, warnings);
        } finally {
            if (dir != null) {
                // a failed parallel step leaves its other tasks running: they must not write after the clean-up
                pool.awaitQuiescence(1, java.util.concurrent.TimeUnit.MINUTES);
                dir.abort();
            }
        }
    }

    /** The build once the configuration is read: into {@code memory} when not null, else into {@code dir}. */
    private static BuildResult buildInto(BuildOptions options, JBakeConfig config, MemoryOutput memory, OutputDir dir,
                                         ForkJoinPool pool, Instant now, boolean strict, ContentErrors errors,
                                         List<String> warnings) {
        if (config.flag("img.path.update")) {
            warnings.add("jbake.properties: img.path.update is not supported; image paths in bodies are left as written");
        }
        warnings.addAll(JBakeContent.symbolicLinks(config.siteDir(), List.of(config.folder("content.folder"),
                config.folder("asset.folder"), config.folder("data.folder"))));
        JBakeMarkdown markdown = new JBakeMarkdown(config.list("markdown.extensions"), warnings);
        JBakeContent content = JBakeContent.crawl(config, markdown, now, pool, !strict, errors, warnings);
        JBakeTemplates.Dispatch templates = JBakeTemplates.all(config.folder("template.folder"), config.locale(),
                config.timeZone(), config::string);
        int known = errors.sorted().size();
        templates.preload(errors);
        boolean templatesParse = errors.sorted().size() == known;
        JBakeIndex index = new JBakeIndex(config.documentTypes(), content.documents(), content.dataFiles());
        JBakeModel model = new JBakeModel(config, config.templateModel(options.outputDir()), index,
                new JBakeData(content.dataFiles()), Date.from(now));
        List<Job> jobs = plan(config, content, index, model);
        Set<String> empty = new HashSet<>();
        Set<String> usable = check(jobs, config, templates, strict ? null : empty, errors, warnings);
        if (!templatesParse) {
            return failed(errors, warnings);
        }
        // with content errors already found, still render (writing nothing) so template errors are reported too
        Output out = !errors.isEmpty() ? null : memory != null ? memory : dir;
        Map<String, Integer> winners = winners(jobs, warnings);
        int[] counts = templates.withJvmDefaults(usable,
                () -> render(jobs, winners, usable, empty, templates, out, errors, pool));
        if (!errors.isEmpty()) {
            return failed(errors, warnings);
        }
        if (dir != null) {
            dir.commit();
        }
        return new BuildResult(List.of(), sorted(warnings), counts[0], counts[1], null);
    }

    /**
     * Runs every job on {@code pool}; a job writes to {@code out} (when not null) only if no later job
     * has the same path. Returns the number of pages and of files written.
     */
    private static int[] render(List<Job> jobs, Map<String, Integer> winners, Set<String> usable, Set<String> empty,
                                JBakeTemplates.Dispatch templates, Output out, ContentErrors errors,
                                ForkJoinPool pool) {
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger files = new AtomicInteger();
        pool.submit(() -> IntStream.range(0, jobs.size()).parallel().forEach(i -> {
            Job job = jobs.get(i);
            boolean write = out != null && winners.get(job.output()) == i;
            if (job instanceof Render r && (usable.contains(r.template()) || empty.contains(r.template()))) {
                // JBake leaves an empty file where the template is missing
                String text = empty.contains(r.template()) ? ""
                        : templates.render(r.template(), r.model().get(), r.output() + " (" + r.from() + ")", errors);
                if (text != null && write) {
                    out.write(r.output(), text.getBytes(StandardCharsets.UTF_8));
                    pages.incrementAndGet();
                    files.incrementAndGet();
                }
            } else if (job instanceof Copy c && write) {
                out.copy(c.source(), c.output());
                files.incrementAndGet();
            }
        })).join();
        return new int[] {pages.get(), files.get()};
    }

    private static BuildResult failed(ContentErrors errors, List<String> warnings) {
        return new BuildResult(errors.sorted(), sorted(warnings), 0, 0, null);
    }

    private static List<String> sorted(List<String> warnings) {
        synchronized (warnings) {
            return warnings.stream().sorted().toList();
        }
    }

    /** Every output file in the order JBake 2.7.0 writes them (its rendering tools' order, then assets). */
    private static List<Job> plan(JBakeConfig config, JBakeContent content, JBakeIndex index, JBakeModel model) {
        List<Job> jobs = new ArrayList<>();
        if (config.flag("render.archive")) {
            jobs.add(listing(config, "archive.file", "archive", "render.archive", model));
        }
        for (JBakeDocument d : content.documents()) {
            String from = config.siteDir().relativize(d.source()).toString();
            jobs.add(new Render(d.output(), config.templateFor(d.type()), () -> model.forDocument(d), from, null));
        }
        if (config.flag("render.feed")) {
            jobs.add(listing(config, "feed.file", "feed", "render.feed", model));
        }
        if (config.flag("render.index")) {
            int posts = index.getPublishedPosts().size();
            if (config.flag("index.paginate") && posts > 0) {
                int perPage = config.postsPerPage();
                int pages = (posts + perPage - 1) / perPage;
                String file = config.string("index.file", "index.html");
                for (int p = 1; p <= pages; p++) {
                    int page = p;
                    jobs.add(new Render(page == 1 ? file : page + "/" + file, config.templateFor("masterindex"),
                            () -> model.forIndexPage(page, pages, perPage), "index page " + page, "render.index"));
                }
            } else {
                jobs.add(listing(config, "index.file", "masterindex", "render.index", model));
            }
        }
        if (config.flag("render.sitemap")) {
            jobs.add(listing(config, "sitemap.file", "sitemap", "render.sitemap", model));
        }
        if (config.flag("render.tags")) {
            String tagPath = config.string("tag.path", "tags");
            boolean noExtension = config.flag("uri.noExtension");
            for (String tag : index.getAllTags()) {
                String file = tagPath + "/" + tag + config.outputExtension();
                jobs.add(new Render(file, config.templateFor("tag"), () -> model.forTag(tag, rootPath(file, noExtension)),
                        "tag \"" + tag + "\"", "render.tags"));
            }
            if (config.flag("render.tagsindex")) {
                String file = tagPath + "/index" + config.outputExtension();
                jobs.add(new Render(file, config.templateFor("tagsindex"),
                        () -> model.forTagIndex(rootPath(file, noExtension)), "tag index", "render.tagsindex"));
            }
        }
        if (config.flag("render.error404")) {
            jobs.add(listing(config, "error404.file", "error404", "render.error404", model));
        }
        Path assets = config.folder("asset.folder");
        if (Files.isDirectory(assets)) {
            copyAssets(assets, "", config.flag("asset.ignore"), config.string("ignore.file", ".jbakeignore"), config,
                    jobs);
        }
        for (JBakeContent.StaticFile f : content.files()) {
            jobs.add(new Copy(f.output(), f.source(), config.siteDir().relativize(f.source()).toString()));
        }
        return jobs;
    }

    private static Render listing(JBakeConfig config, String fileKey, String type, String switchedBy,
                                  JBakeModel model) {
        String file = config.string(fileKey, "");
        return new Render(file.startsWith("/") ? file.substring(1) : file, config.templateFor(type),
                () -> model.forListing(type), type, switchedBy);
    }

    /** {@code assets/} as JBake copies it: hidden files too unless {@code asset.ignore=true}, ignored folders left out. */
    private static void copyAssets(Path dir, String rel, boolean ignoreHidden, String ignoreFile, JBakeConfig config,
                                   List<Job> jobs) {
        for (Path p : JBakeContent.entries(dir, ignoreFile)) {
            if (ignoreHidden && JBakeContent.hidden(p)) {
                continue;
            }
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                copyAssets(p, rel + name + "/", ignoreHidden, ignoreFile, config, jobs);
            } else {
                jobs.add(new Copy(rel + name, p, config.siteDir().relativize(p).toString()));
            }
        }
    }

    /** {@code rootpath} of a page at {@code file}: {@code ../} per folder (and one more with {@code uri.noExtension}). */
    static String rootPath(String file, boolean noExtension) {
        return JBakeContent.rootPath(file, noExtension);
    }

    /**
     * Every template must be named in jbake.properties and exist, and every output path must stay
     * inside the output folder (a tag such as {@code ../x} would not). A name this JVM cannot write
     * (non-ASCII under a non-UTF-8 locale) is an environment problem, not a content one: it throws.
     * Returns the templates that exist.
     */
    private static Set<String> check(List<Job> jobs, JBakeConfig config, JBakeTemplates.Dispatch templates,
                                     Set<String> empty,
                                     ContentErrors errors, List<String> warnings) {
        Set<String> seen = new HashSet<>();
        Set<String> usable = new HashSet<>();
        for (Job job : jobs) {
            if (job instanceof Render r && seen.add(String.valueOf(r.template()))) {
                if (r.template() != null && templates.exists(r.template())) {
                    usable.add(r.template());
                } else if (r.template() == null) {
                    errors.add(config.propertiesFile(), 0, "no template is configured for " + r.from(),
                            "set the template.<type>.file key for it in jbake.properties");
                } else if (empty != null) {
                    empty.add(r.template());
                    warnings.add(config.folder("template.folder").resolve(r.template()) + ": the template for "
                            + r.from() + " is missing, so its pages are written empty, as JBake 2.7.0 does (create it"
                            + (r.switchedBy() == null ? "" : " or set " + r.switchedBy() + "=false in jbake.properties")
                            + "; `build --strict` or `check` makes this an error)");
                } else {
                    errors.add(config.folder("template.folder").resolve(r.template()), 0,
                            "the template for " + r.from() + " is missing",
                            r.switchedBy() == null ? "create it, or point template.<type>.file at one that exists"
                                    : "create it, or set " + r.switchedBy() + "=false in jbake.properties");
                }
            }
            String output = job.output();
            if (output.isEmpty() || output.startsWith("/") || ("/" + output + "/").contains("/../")) {
                Path blame = job instanceof Copy c ? c.source() : config.propertiesFile();
                errors.add(blame, 0, "cannot write \"" + output + "\" (for " + job.from()
                        + "): the path is empty or leaves the output folder",
                        "change the tag, file name or *.file setting so the path stays inside the output folder");
                continue;
            }
            try {
                Path.of(output);
            } catch (InvalidPathException e) {
                throw new IllegalStateException("cannot write " + output + ": Java's file-name encoding here is "
                        + System.getProperty("sun.jnu.encoding") + ", which cannot spell it; run with a UTF-8 locale,"
                        + " e.g. LANG=C.UTF-8", e);
            }
        }
        return usable;
    }

    /** For each output path, the index of the job that writes it last; overwrites are reported as warnings. */
    private static Map<String, Integer> winners(List<Job> jobs, List<String> warnings) {
        Map<String, Integer> last = new HashMap<>();
        Map<String, List<String>> writers = new TreeMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            last.put(j.output(), i);
            writers.computeIfAbsent(j.output(), k -> new ArrayList<>()).add(j.from());
        }
        writers.forEach((output, from) -> {
            if (from.size() > 1) {
                warnings.add(output + " is produced by " + String.join(", then ", from)
                        + "; the last one is kept, as in JBake");
            }
        });
        return last;
    }
}
