package vn.haiphong.showcase.images;

import java.util.function.Consumer;

/**
 * A progress line for long image runs ({@code images 143/512}), at most a few times a second,
 * only after the first second and only when someone is watching (the sink is not null).
 */
final class Progress {
    private final int total;
    private final Consumer<String> sink;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;

    Progress(int total, Consumer<String> sink) {
        this.total = total;
        this.sink = sink;
    }

    synchronized void step(int done) {
        if (sink == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L || now - lastShown < 250_000_000L) {
            return;
        }
        lastShown = now;
        shown = true;
        sink.accept("images " + done + "/" + total);
    }

    synchronized void finish() {
        if (shown) {
            sink.accept("");
        }
    }
}
