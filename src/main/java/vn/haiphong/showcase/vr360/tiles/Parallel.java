package vn.haiphong.showcase.vr360.tiles;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs numbered pieces of work on every core, handing out pieces one by one (so uneven pieces
 * still balance) and giving each worker its own scratch buffers, made once per worker rather than
 * once per piece: the projection and the polar filter would otherwise allocate hundreds of
 * megabytes of short-lived arrays.
 */
public final class Parallel {
    private Parallel() {
    }

    public static <B> void forEach(int pieces, Supplier<B> buffers, BiConsumer<Integer, B> work) {
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(pieces, ForkJoinPool.getCommonPoolParallelism() + 1));
        IntStream.range(0, workers).parallel().forEach(w -> {
            B buf = buffers.get();
            for (int i = next.getAndIncrement(); i < pieces; i = next.getAndIncrement()) {
                work.accept(i, buf);
            }
        });
    }
}
