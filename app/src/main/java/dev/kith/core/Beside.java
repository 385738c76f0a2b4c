package dev.kith.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work run beside the caller, on a daemon thread of its own (the second core of a laptop), and its
 * result taken back with its failure rethrown as it was, not wrapped.
 */
public final class Beside {
    private Beside() {
    }

    /** Starts {@code work} on a new daemon thread named {@code thread}. */
    public static <T> CompletableFuture<T> start(String thread, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, command -> Thread.ofPlatform().daemon().name(thread).start(command));
    }

    /** The result of {@code pending}, waiting for it; a runtime failure of the work is rethrown as it was. */
    public static <T> T join(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
