package vn.haiphong.showcase.site;

/** Phase timings on stderr when {@code SHOWCASE_TIMING} is set: for benchmarks and profiling, silent otherwise. */
final class Timing {
    private static final boolean ON = System.getenv("SHOWCASE_TIMING") != null;

    private Timing() {
    }

    /** Prints the CPU time of every live thread (to see whether work really runs in parallel). */
    static void threads() {
        if (!ON) {
            return;
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (long id : mx.getAllThreadIds()) {
            var info = mx.getThreadInfo(id);
            long cpu = mx.getThreadCpuTime(id);
            if (info != null && cpu > 50_000_000L) {
                System.err.printf("timing: thread %-30s %6d ms cpu%n", info.getThreadName(), cpu / 1_000_000);
            }
        }
    }

    static void log(String phase, long startNanos) {
        if (ON) {
            System.err.printf("timing: %-8s %6d ms%n", phase, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }
}
