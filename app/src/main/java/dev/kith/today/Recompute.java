package dev.kith.today;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A recompute run on a daemon thread of its own, at most one at a time: a caller joins the one under way or
 * starts the next. It keeps how long the last one took and when it ended, which tell a caller how long
 * waiting for it is worth ({@link #patience}). Writes in a run do not keep it busy all the time: the next one
 * starts no sooner after the last ended than the last took, so at most half of the time goes to recomputing
 * and the rest of the server (its pages, its collector) keeps up. Thread-safe.
 *
 * @param <T> what the recompute gives
 */
final class Recompute<T> {
    private final String thread;
    private final Supplier<T> work;
    private final AtomicReference<CompletableFuture<T>> running = new AtomicReference<>();
    /** How long the last recompute took, in nanoseconds; 0 before the first ended. */
    private volatile long lastTook;
    /** When the last recompute ended ({@link System#nanoTime}), 0 before the first. */
    private volatile long lastEnded;

    Recompute(String thread, Supplier<T> work) {
        this.thread = Objects.requireNonNull(thread, "thread");
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * The recompute under way, or a new one started: at once, or when a run of them would otherwise take more
     * than half of the time, as long after the last one ended as the last one took.
     */
    CompletableFuture<T> joinOrStart() {
        while (true) {
            CompletableFuture<T> current = running.get();
            if (current != null && !current.isDone()) {
                return current;
            }
            CompletableFuture<T> next = new CompletableFuture<>();
            if (running.compareAndSet(current, next)) {
                long notBefore = lastEnded == 0 ? System.nanoTime() : lastEnded + lastTook;
                Thread.ofPlatform().daemon().name(thread).start(() -> {
                    try {
                        for (long rest = notBefore - System.nanoTime(); rest > 0; rest = notBefore - System.nanoTime()) {
                            java.util.concurrent.locks.LockSupport.parkNanos(rest);
                        }
                        long start = System.nanoTime();
                        T value = work.get();
                        long end = System.nanoTime();
                        lastTook = end - start;
                        lastEnded = end;
                        next.complete(value);
                    } catch (Throwable t) {
                        next.completeExceptionally(t);
                    }
                });
                return next;
            }
        }
    }

    /**
     * How long, in nanoseconds, a caller willing to wait {@code wait} should wait for the recompute: {@code wait},
     * but nothing when the last one took longer, nor in a run of them (the last ended less than {@code wait} ago):
     * callers waiting behind back-to-back recomputes would tie up a server's workers.
     */
    long patience(Duration wait) {
        long limit = wait.toNanos();
        boolean inARun = lastEnded != 0 && System.nanoTime() - lastEnded < limit;
        return lastTook <= limit && !inARun ? limit : 0;
    }
}
