package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One build at a time per key: readers of the key under way wait for it, a failure is rethrown as it was
 * and not kept, a reader of another key builds on its own. Each build under way is held open by a latch,
 * and a reader is known to wait for it when its thread is parked.
 */
class SingleFlightTest {
    private final SingleFlight<String, Object> flight = new SingleFlight<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger builds = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        for (Thread t : threads) {
            t.join(10_000);
        }
    }

    /** A build that counts itself, says it started, and ends (with {@code outcome}) only once released. */
    private Supplier<Object> held(Supplier<Object> outcome) {
        return () -> {
            builds.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return outcome.get();
        };
    }

    /** A build that counts itself and ends at once with a new value. */
    private Supplier<Object> quick() {
        return () -> {
            builds.incrementAndGet();
            return new Object();
        };
    }

    /** Runs {@code key}'s read on a thread of its own; what it got (a value or a failure) lands in the result. */
    private AtomicReference<Object> read(String key, Supplier<Object> build) {
        AtomicReference<Object> got = new AtomicReference<>();
        Thread t = Thread.ofPlatform().daemon().start(() -> {
            try {
                got.set(flight.get(key, build));
            } catch (RuntimeException e) {
                got.set(e);
            }
        });
        threads.add(t);
        return got;
    }

    /** Waits until {@code thread} is parked: a reader whose own build would not park is then waiting for another's. */
    private static void awaitParked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("%s never waited", thread).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private void joinAll() throws InterruptedException {
        for (Thread t : threads) {
            t.join(10_000);
            assertThat(t.isAlive()).as("%s ended", t).isFalse();
        }
    }

    @Test
    void readersOfTheKeyUnderWayShareItsOneBuild() throws InterruptedException {
        Object built = new Object();
        AtomicReference<Object> first = read("day 1", held(() -> built));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        List<AtomicReference<Object>> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(read("day 1", quick()));
        }
        for (Thread t : threads) {
            awaitParked(t);
        }
        release.countDown();
        joinAll();
        assertThat(builds).as("one build for six readers").hasValue(1);
        assertThat(first.get()).isSameAs(built);
        for (AtomicReference<Object> got : others) {
            assertThat(got.get()).isSameAs(built);
        }
    }

    @Test
    void waitersGetTheFailureAsItWasThrown() throws InterruptedException {
        IllegalStateException failure = new IllegalStateException("the store is gone");
        AtomicReference<Object> first = read("day 1", held(() -> {
            throw failure;
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<Object> waiter = read("day 1", quick());
        awaitParked(threads.get(1));
        release.countDown();
        joinAll();
        assertThat(first.get()).isSameAs(failure);
        assertThat(waiter.get()).isSameAs(failure);
        assertThat(builds).hasValue(1);
    }

    @Test
    void aFailedBuildIsNotKept() {
        IllegalArgumentException failure = new IllegalArgumentException("bad row");
        assertThatThrownBy(() -> flight.get("day 1", () -> {
            throw failure;
        })).isSameAs(failure);
        Object again = flight.get("day 1", quick());
        assertThat(again).isNotNull();
        assertThat(builds).as("the next reader builds again").hasValue(1);
        assertThat(flight.awaitRunning(key -> true)).as("nothing under way once a build ends").isEmpty();
    }

    @Test
    void aReaderOfAnotherKeyBuildsWithoutWaiting() throws InterruptedException {
        Object built = new Object();
        AtomicReference<Object> first = read("day 1", held(() -> built));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Object other = flight.get("day 2", quick());
        assertThat(other).as("built on the calling thread while day 1 is still under way").isNotSameAs(built);
        assertThat(first.get()).as("day 1 still under way").isNull();
        AtomicReference<Object> waiter = read("day 1", quick());
        awaitParked(threads.get(1));
        release.countDown();
        joinAll();
        assertThat(waiter.get()).as("day 1 kept its place").isSameAs(built);
        assertThat(builds).hasValue(2);
    }

    @Test
    void awaitRunningWaitsOnlyForAWantedBuild() throws InterruptedException {
        assertThat(flight.awaitRunning(key -> true)).as("nothing under way").isEmpty();
        Object built = new Object();
        read("day 1", held(() -> built));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(flight.awaitRunning(key -> key.equals("day 2"))).as("another key").isEmpty();
        AtomicReference<Optional<Object>> awaited = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().daemon().start(() -> awaited.set(flight.awaitRunning(key -> key.startsWith("day"))));
        threads.add(waiter);
        awaitParked(waiter);
        release.countDown();
        joinAll();
        assertThat(awaited.get()).containsSame(built);
        assertThat(builds).hasValue(1);
    }
}
