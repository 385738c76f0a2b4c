package dev.kith.today;

import dev.kith.core.Beside;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What every kind proposes from one snapshot, the kinds run side by side on the machine's cores: most of a
 * plan's time is a few kinds loading their parts (article recipients, introductions, introduction paths),
 * which read and compute independently. The {@linkplain ActionKind#heavy heavy} kinds start first (the longest
 * jobs first, so the short ones fill the cores around them rather than leave one core idle at the end). The
 * results come back in the kinds' order, so the plan does not depend on which finished first.
 */
final class Proposals {
    /** Daemon threads, one per core, that end after a minute idle: a command line run keeps none. */
    private static final ExecutorService CORES = cores();

    private Proposals() {
    }

    private static ExecutorService cores() {
        int n = Math.max(1, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name("kith-propose-", 0).factory());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Each kind's proposals for {@code snapshot}, in the order of {@code kinds}; side by side when {@code apart}
     * (the caller has no transaction open, whose uncommitted changes other threads could not see), else one
     * after another on the calling thread. A kind's failure is rethrown as it was.
     */
    static List<List<Candidate>> of(List<ActionKind> kinds, Snapshot snapshot, boolean apart) {
        List<List<Candidate>> out = new ArrayList<>(kinds.size());
        if (!apart || kinds.size() < 2) {
            kinds.forEach(kind -> out.add(kind.propose(snapshot)));
            return out;
        }
        List<CompletableFuture<List<Candidate>>> pending = new ArrayList<>(kinds.size());
        kinds.forEach(kind -> pending.add(null));
        for (boolean heavy : new boolean[] {true, false}) {
            for (int i = 0; i < kinds.size(); i++) {
                ActionKind kind = kinds.get(i);
                if (kind.heavy() == heavy) {
                    pending.set(i, CompletableFuture.supplyAsync(() -> kind.propose(snapshot), CORES));
                }
            }
        }
        pending.forEach(p -> out.add(Beside.join(p)));
        return out;
    }
}
