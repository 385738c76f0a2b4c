package dev.kith.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * {@link Recompute}: one at a time, callers join the one under way, and writes in a run leave the server at
 * least half of the time: the next one starts no sooner after the last ended than the last took.
 */
class RecomputeTest {
    private static final long TAKES = TimeUnit.MILLISECONDS.toNanos(150);

    /** Starts and ends of each run of the work, by {@link System#nanoTime}. */
    private final List<long[]> runs = new CopyOnWriteArrayList<>();

    private final Recompute<Integer> recompute = new Recompute<>("test-recompute", () -> {
        long start = System.nanoTime();
        LockSupport.parkNanos(TAKES);
        runs.add(new long[] {start, System.nanoTime()});
        return runs.size();
    });

    @Test
    void callersJoinTheOneUnderWay() throws Exception {
        var first = recompute.joinOrStart();
        var second = recompute.joinOrStart();
        assertThat(second).isSameAs(first);
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(runs).hasSize(1);
    }

    @Test
    void theNextOneRestsAsLongAsTheLastTook() throws Exception {
        recompute.joinOrStart().get(10, TimeUnit.SECONDS);
        assertThat(recompute.joinOrStart().get(10, TimeUnit.SECONDS)).isEqualTo(2);
        long lastTook = runs.get(0)[1] - runs.get(0)[0];
        long rested = runs.get(1)[0] - runs.get(0)[1];
        assertThat(rested).as("rested %d ns after a run of %d ns", rested, lastTook).isGreaterThanOrEqualTo(lastTook);
    }

    @Test
    void inARunCallersAreToldNotToWait() throws Exception {
        assertThat(recompute.patience(Duration.ofSeconds(30))).as("none ran yet: worth waiting")
                .isEqualTo(Duration.ofSeconds(30).toNanos());
        recompute.joinOrStart().get(10, TimeUnit.SECONDS);
        assertThat(recompute.patience(Duration.ofMillis(1))).as("the last took longer than the wait").isZero();
        assertThat(recompute.patience(Duration.ofSeconds(30))).as("the last ended less than the wait ago").isZero();
    }
}
