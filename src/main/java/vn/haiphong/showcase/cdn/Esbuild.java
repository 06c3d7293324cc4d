package vn.haiphong.showcase.cdn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The esbuild executable, used as a CSS and JavaScript minifier. It comes from the jar (mvnpm's
 * {@code org.mvnpm.at.esbuild} artifact for this platform) and is unpacked once into the site's
 * {@code .cache/tools/}; {@code SHOWCASE_ESBUILD} names another executable.
 */
final class Esbuild {
    private static final String MAVEN_GROUP = "org.mvnpm.at.esbuild";

    private final Path executable;
    private final String id;

    private Esbuild(Path executable, String id) {
        this.executable = executable;
        this.id = id;
    }

    /** Names this executable in cache keys: another esbuild never reuses this one's output. */
    String id() {
        return id;
    }

    /** The executable for this machine, or null (with the reason in {@code why[0]}) when there is none. */
    static Esbuild locate(Path toolsDir, String[] why) {
        String custom = System.getenv("SHOWCASE_ESBUILD");
        if (custom != null && !custom.isBlank()) {
            Path p = Path.of(custom);
            if (Files.isExecutable(p)) {
                try {
                    return new Esbuild(p, "custom-" + Files.size(p) + "-" + Files.getLastModifiedTime(p).toMillis());
                } catch (IOException e) {
                    why[0] = "cannot read " + p + ": " + e.getMessage();
                    return null;
                }
            }
            why[0] = "SHOWCASE_ESBUILD=" + custom + " is not an executable file";
            return null;
        }
        String platform = platform();
        String version = bundledVersion(platform);
        if (version == null) {
            why[0] = "no esbuild for " + platform + " in the jar; set SHOWCASE_ESBUILD to an esbuild executable";
            return null;
        }
        String resource = "META-INF/resources/_static/" + platform + "/" + version + "/bin/esbuild";
        Path target = toolsDir.resolve("esbuild-" + version + "-" + platform);
        try {
            if (!Files.isExecutable(target)) {
                Files.createDirectories(toolsDir);
                Path tmp = Files.createTempFile(toolsDir, "esbuild-", ".part");
                try (InputStream in = Esbuild.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        why[0] = "the jar lacks " + resource;
                        Files.deleteIfExists(tmp);
                        return null;
                    }
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!tmp.toFile().setExecutable(true)) {
                    why[0] = "cannot make " + tmp + " executable";
                    return null;
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            why[0] = "cannot unpack esbuild into " + toolsDir + ": " + e.getMessage();
            return null;
        }
        return new Esbuild(target, version + "-" + platform);
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "arm64" : arch;
        String system = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os.contains("win") ? "win32" : os;
        return system + "-" + cpu;
    }

    private static String bundledVersion(String platform) {
        String props = "META-INF/maven/" + MAVEN_GROUP + "/" + platform + "/pom.properties";
        try (InputStream in = Esbuild.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    /** Minifies {@code source}, a {@code css} or {@code js} file; throws {@link MinifyException} when esbuild rejects it. */
    String minify(String source, String loader) {
        List<String> cmd = List.of(executable.toString(), "--minify", "--loader=" + loader, "--charset=utf8",
                "--log-level=error");
        Path errors = null;
        try {
            errors = Files.createTempFile("showcase-esbuild-", ".log");
            Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
            byte[] input = source.getBytes(StandardCharsets.UTF_8);
            Thread writer = new Thread(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(input);
                } catch (IOException e) {
                    // esbuild stopped reading: its exit code and message tell why
                }
            }, "esbuild-stdin");
            writer.setDaemon(true);
            writer.start();
            byte[] output = readAll(p.getInputStream());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new MinifyException("esbuild took longer than 60 s");
            }
            if (p.exitValue() != 0) {
                throw new MinifyException(Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MinifyException("cannot run " + executable + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MinifyException("interrupted");
        } finally {
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException e) {
                    // a stray log in the temp folder
                }
            }
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** esbuild could not minify a file (a syntax error, usually); the file is then published as it is. */
    static final class MinifyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MinifyException(String message) {
            super(message);
        }
    }
}
