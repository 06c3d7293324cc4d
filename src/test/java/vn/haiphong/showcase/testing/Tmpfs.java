package vn.haiphong.showcase.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a folder for a test (a full disk, a read-only file system), or the
 * test is skipped with the reason when this machine does not allow mounting (not root, no
 * {@code mount}, a container without the capability). Close it in a {@code finally} or
 * try-with-resources: it unmounts.
 */
public final class Tmpfs implements AutoCloseable {
    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} (for {@code mount -o size=}, e.g. {@code 2m}) on {@code dir}, read-only when asked. */
    public static Tmpfs mount(Path dir, String size, boolean readOnly) throws IOException {
        Files.createDirectories(dir);
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        String options = "size=" + size + (readOnly ? ",ro" : "");
        String out = run(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()));
        Assumptions.assumeTrue(out == null, () -> "cannot mount a tmpfs here: " + out);
        return new Tmpfs(dir);
    }

    /** Sets {@code chattr +i} (immutable, which even root cannot change) on {@code p}, or skips the test. */
    public static void immutable(Path p, boolean on) throws IOException {
        String out = run(List.of("chattr", on ? "+i" : "-i", p.toString()));
        if (on) {
            Assumptions.assumeTrue(out == null, () -> "cannot make a file immutable here: " + out);
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        String out = run(List.of("umount", dir.toString()));
        if (out != null) {
            throw new IOException("cannot unmount " + dir + ": " + out);
        }
    }

    /** Runs {@code cmd}; null when it succeeded, else what it printed. */
    private static String run(List<String> cmd) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        try {
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return cmd.get(0) + " did not finish";
            }
            return p.exitValue() == 0 ? null : text.strip() + " (exit " + p.exitValue() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
