package dev.kith.core;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One build at a time of a value that concurrent readers would otherwise each build: a reader that asks
 * for a key equal to that of the build under way waits for it and gets its value, or its failure
 * rethrown as {@link Beside#join} rethrows it (a runtime exception as it was). A reader of another key
 * builds on its own, without waiting and without taking the place of the build under way. Nothing
 * outlives a build: keeping the value is the caller's, and a failed build leaves nothing behind for the
 * next reader. Keys are compared with {@code equals}. Thread-safe.
 *
 * @param <K> what identifies the value being built (for example the day and the change stamps it reads)
 * @param <V> the value built
 */
public final class SingleFlight<K, V> {
    /** A build under way: its key and the value its readers wait for. */
    private record Flight<K, V>(K key, CompletableFuture<V> value) {
    }

    private final AtomicReference<Flight<K, V>> running = new AtomicReference<>();

    /**
     * The value of {@code key}: that of the build of an equal key under way, waited for, else built by
     * {@code build} on the calling thread (which the readers of an equal key then wait for, unless a build
     * of another key is already under way). A failure of {@code build} is rethrown to the caller as it was.
     */
    public V get(K key, Supplier<? extends V> build) {
        Flight<K, V> mine = new Flight<>(key, new CompletableFuture<>());
        Flight<K, V> other = running.compareAndExchange(null, mine);
        if (other != null) {
            return other.key().equals(key) ? Beside.join(other.value()) : build.get();
        }
        try {
            V value = build.get();
            mine.value().complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.value().completeExceptionally(e);
            throw e;
        } finally {
            running.compareAndSet(mine, null);
        }
    }

    /**
     * The value of the build under way when {@code wanted} accepts its key, waited for; empty when no build
     * is under way or its key is not wanted. Its failure is rethrown as {@link #get} rethrows it to a waiter.
     */
    public Optional<V> awaitRunning(Predicate<? super K> wanted) {
        Flight<K, V> flight = running.get();
        if (flight == null || !wanted.test(flight.key())) {
            return Optional.empty();
        }
        return Optional.of(Beside.join(flight.value()));
    }
}
