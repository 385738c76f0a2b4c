package dev.kith.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Readers started at the same moment (a barrier), for tests of what concurrent readers share. */
public final class Together {
    private Together() {
    }

    /** What each of {@code readers} threads returns from {@code reader.apply(i)}, all started at once, in order. */
    public static <T> List<T> call(int readers, IntFunction<Callable<T>> reader) throws Exception {
        CyclicBarrier start = new CyclicBarrier(readers);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                Callable<T> work = reader.apply(r);
                pending.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : pending) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
