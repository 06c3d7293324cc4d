package vn.haiphong.showcase.docs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import vn.haiphong.showcase.cli.Main;

/** Runs the real command line in this JVM and keeps what it printed, for quoting in the docs. */
final class Showcase {
    private Showcase() {
    }

    /** What one run printed: its exit code, standard output and standard error. */
    record Run(int exit, String out, String err) {
    }

    /** Runs {@code showcase ARGS…} exactly as the jar does (minus the child JVM), capturing both streams. */
    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
