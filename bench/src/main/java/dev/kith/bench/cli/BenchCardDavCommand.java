package dev.kith.bench.cli;

import dev.kith.bench.Stats;
import dev.kith.bench.phonebook.BenchCardDav;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kith bench carddav}: the first two-way sync of a 5,000-card address book on a real Radicale
 * (target ≤ 20 s) and an unchanged re-sync (target ≤ 1 s), over several rounds.
 */
@Command(name = "carddav", mixinStandardHelpOptions = true,
        description = "Time the first sync of a CardDAV address book (Radicale on a loopback port) into a new book,"
                + " and an unchanged re-sync.")
final class BenchCardDavCommand implements Callable<Integer> {
    @Option(names = "--cards", paramLabel = "N", defaultValue = "5000", description = "Cards (default: ${DEFAULT-VALUE}).")
    int cards;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "First syncs timed (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--resyncs", paramLabel = "N", defaultValue = "5",
            description = "Unchanged re-syncs timed per round (default: ${DEFAULT-VALUE}).")
    int resyncs;

    @Override
    public Integer call() throws Exception {
        try (BenchCardDav bench = new BenchCardDav(Path.of("target", "bench", "carddav"))) {
            double warm = bench.prepare(cards);
            List<Double> firsts = new ArrayList<>();
            List<Double> again = new ArrayList<>();
            List<Double> kithSide = new ArrayList<>();
            int requests = 0;
            for (int i = 0; i < rounds; i++) {
                BenchCardDav.Round r = bench.round(i, resyncs);
                firsts.add(r.firstMillis());
                for (int j = 0; j < r.resyncMillis().length; j++) {
                    again.add(r.resyncMillis()[j]);
                    kithSide.add(r.resyncMillis()[j] - r.resyncServerMillis()[j]);
                }
                requests = r.resyncRequests();
                System.out.printf("round %d: first sync of %,d cards %.0f ms (waiting for the server %.0f ms);"
                                + " re-syncs %s ms (waiting for the server %s ms)%n", i + 1, r.created(), r.firstMillis(),
                        r.firstServerMillis(), java.util.Arrays.toString(round(r.resyncMillis())),
                        java.util.Arrays.toString(round(r.resyncServerMillis())));
            }
            Stats first = Stats.of(firsts.stream().mapToDouble(Double::doubleValue).toArray());
            Stats resync = Stats.of(again.stream().mapToDouble(Double::doubleValue).toArray());
            Stats kith = Stats.of(kithSide.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf("kith bench carddav, %,d cards (Radicale's first read of them, untimed: %.1f s)%n", cards, warm);
            System.out.printf("first sync, %d rounds: median %.0f ms (min %.0f, max %.0f); target 20000 ms%n",
                    first.runs(), first.median(), first.min(), first.max());
            System.out.printf("unchanged re-sync, %d runs: median %.0f ms (min %.0f, max %.0f), %d HTTP request(s);"
                    + " target 1000 ms%n", resync.runs(), resync.median(), resync.min(), resync.max(), requests);
            System.out.printf("unchanged re-sync, Kith's side (total less waiting for the server): median %.0f ms"
                    + " (min %.0f, max %.0f)%n", kith.median(), kith.min(), kith.max());
        }
        return 0;
    }

    private static long[] round(double[] millis) {
        long[] out = new long[millis.length];
        for (int i = 0; i < millis.length; i++) {
            out[i] = Math.round(millis[i]);
        }
        return out;
    }
}
