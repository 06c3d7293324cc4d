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

    private static long lastCpu;

    /** The wall time since {@code startNanos}, and the process's CPU time since the previous line. */
    static void log(String phase, long startNanos) {
        if (ON) {
            long cpu = processCpu();
            System.err.printf("timing: %-8s %6d ms (process cpu since the last line %d ms)%n", phase,
                    (System.nanoTime() - startNanos) / 1_000_000, (cpu - lastCpu) / 1_000_000);
            lastCpu = cpu;
        }
    }

    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}
