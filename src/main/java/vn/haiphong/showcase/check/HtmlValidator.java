package vn.haiphong.showcase.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.haiphong.showcase.errors.ContentError;

/** Runs the Nu Html Checker (vnu.jar) over every page of a built site. */
public final class HtmlValidator {
    private static final Pattern GNU = Pattern.compile("^\"?(file:)?(.*?)\"?:(\\d+)\\.(\\d+)-\\d+\\.\\d+: (error|info warning|warning): (.*)$");

    private HtmlValidator() {
    }

    /**
     * The vnu.jar to use: {@code VNU_JAR}, or npm's {@code node_modules/vnu-jar} in the site or the current folder, or the
     * one this project's build installs for its tests ({@code src/test/js}, locked there); null if none.
     */
    public static Path find(Path siteDir) {
        String env = System.getenv("VNU_JAR");
        if (env != null && Files.isRegularFile(Path.of(env))) {
            return Path.of(env);
        }
        for (Path base : List.of(siteDir, Path.of("").toAbsolutePath())) {
            for (String folder : List.of("node_modules", "src/test/js/node_modules")) {
                Path jar = base.resolve(folder).resolve("vnu-jar/build/dist/vnu.jar");
                if (Files.isRegularFile(jar)) {
                    return jar;
                }
            }
        }
        return null;
    }

    /** Validates every {@code .html} under {@code root}; each error becomes a {@link ContentError} for that output file. */
    public static List<ContentError> validate(Path vnu, Path root, PrintWriter log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", vnu.toString(), "--errors-only", "--format", "gnu", "--skip-non-html"));
        cmd.add(root.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while validating HTML", e);
        }
        List<ContentError> errors = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = GNU.matcher(line.strip());
            if (m.matches() && m.group(5).equals("error")) {
                errors.add(new ContentError(Path.of(m.group(2)), Integer.parseInt(m.group(3)),
                        "invalid HTML: " + m.group(6), "fix the template or the page's raw HTML"));
            } else if (!line.isBlank() && !m.matches()) {
                log.println("vnu: " + line);
            }
        }
        try (Stream<Path> s = Files.walk(root)) {
            long n = s.filter(f -> f.toString().endsWith(".html")).count();
            log.println("html: validated " + n + " pages with the Nu Html Checker");
        }
        return errors;
    }
}
