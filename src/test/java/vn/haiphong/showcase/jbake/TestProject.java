package vn.haiphong.showcase.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

/**
 * A throw-away JBake project for one test: files written on demand, built with a fixed clock and
 * no system properties, so results do not depend on the machine.
 */
final class TestProject {
    /** The "now" of every test build: 2025-03-01T00:00:00Z. */
    static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");
    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    final Path dir;

    /** A project in {@code dir} with {@code properties} as jbake.properties and minimal templates that print what tests look at. */
    TestProject(Path dir, String properties) {
        this.dir = dir;
        file("jbake.properties", properties);
        try {
            Files.createDirectories(dir.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file("templates/post.ftl", "${content.title}|${content.date?string(\"dd MMMM yyyy\")}|${content.status}"
                + "|${content.uri}|${content.rootpath}|<#if (content.previousContent)??>older=${content.previousContent.title}</#if>"
                + "|<#if (content.nextContent)??>newer=${content.nextContent.title}</#if>|${content.body}");
        file("templates/page.ftl", "${content.title}|${content.body}");
        file("templates/index.ftl", "<#list published_posts as p>${p.title};</#list>|${currentPageNumber!'-'}"
                + "/${numberOfPages!'-'}|${previousFileName!'none'}|${nextFileName!'none'}|${content.rootpath}");
        file("templates/archive.ftl", "<#list published_posts as p>${p.title};</#list>");
        file("templates/feed.ftl", "<#list published_posts as p>${p.uri};</#list>");
        file("templates/tags.ftl", "${tag}|${content.rootpath}|<#list tag_posts as p>${p.title};</#list>");
    }

    /** Writes {@code text} to {@code rel} under the project. */
    TestProject file(String rel, String text) {
        try {
            Path p = dir.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A post with a JBake header. */
    TestProject post(String rel, String title, String date, String status, String tags, String body) {
        return file("content/" + rel, "title=" + title + "\ndate=" + date + "\ntype=post\nstatus=" + status
                + (tags == null ? "" : "\ntags=" + tags) + "\n~~~~~~\n" + body);
    }

    /** Builds into {@code output/}. */
    BuildResult build() {
        return JBakeProject.build(new BuildOptions(dir, null, null, false, null), null, POOL, NOW, Map.of());
    }

    /** Builds into {@code output/} as leniently as JBake 2.7.0 (the CLI's default for JBake projects). */
    BuildResult buildLenient() {
        return JBakeProject.build(new BuildOptions(dir, null, null, false, null), null, POOL, NOW, Map.of(), false);
    }

    /** The text of an output file. */
    String read(String rel) {
        try {
            return Files.readString(dir.resolve("output").resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String rel) {
        return Files.exists(dir.resolve("output").resolve(rel));
    }
}
