package dev.kith.bench;

import dev.kith.intros.LinkFeatures;
import dev.kith.intros.TemporalFit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The temporal link-prediction protocol on graphs small enough to rank by hand. */
class TemporalLinkBenchTest {
    /**
     * Training: 0-1, 0-2, 1-3, 2-3, 1-4, 5-6. After: 0-3, 0-4, 5-2. Query 0→3: candidates 3, 5, 6 (1, 2 are
     * neighbours, 4 is 0's other target); CN 2, 0, 0: rank 1. Query 0→4: candidates 4, 5, 6; CN 1, 0, 0: rank 1.
     * Query 5→2: candidates 0..4, all CN 0: a five-way tie, average rank 1 + 4/2 = 3. PA (degree products): 0→3
     * 4 of 4, 2, 2: rank 1; 0→4 a three-way tie of 2: rank 2; 5→2: 1 higher, 2 tied: 1 + 1 + 2/2 = 3.
     */
    @Test
    void ranksAreHandComputedAndTiesTakeTheAverageRank() {
        List<long[]> train = new ArrayList<>();
        long t = 0;
        for (int[] e : new int[][] {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {1, 4}, {5, 6}}) {
            train.add(new long[] {e[0], e[1], t++});
        }
        List<long[]> all = new ArrayList<>(train);
        for (int[] e : new int[][] {{0, 3}, {0, 4}, {5, 2}}) {
            all.add(new long[] {e[0], e[1], t++});
        }
        LinkFeatures f = LinkFeatures.of(all, train.size(), 7, train.size() - 1, 10);
        List<TemporalFit.NewPair> queries = TemporalFit.newPairs(all, train.size(), all.size(), f);
        assertThat(queries).containsExactly(new TemporalFit.NewPair(0, 3), new TemporalFit.NewPair(0, 4),
                new TemporalFit.NewPair(5, 2));
        Map<String, TemporalLinkBench.Ranks> r = TemporalLinkBench.rankAll(f, queries,
                Map.of("cn", TemporalLinkBench.baseline("cn"), "pa", TemporalLinkBench.baseline("pa")));
        assertThat(r.get("cn").rank()).containsExactly(1, 1, 3);
        assertThat(r.get("pa").rank()).containsExactly(1, 2, 3);
        TemporalLinkBench.Metrics cn = r.get("cn").metrics();
        assertThat(cn.hits10()).isEqualTo(1.0);
        assertThat(cn.mrr()).isCloseTo((1 + 1 + 1 / 3.0) / 3, within(1e-4));
        assertThat(cn.queries()).isEqualTo(3);
    }

    @Test
    void theSignTestAndTheBootstrapIntervalCompareTheSameQueries() {
        assertThat(TemporalLinkBench.signTest(5, 0)).isCloseTo(2.0 / 32, within(1e-12));
        assertThat(TemporalLinkBench.signTest(3, 3)).isEqualTo(1.0);
        double[] kith = new double[100];
        double[] base = new double[100];
        for (int i = 0; i < 100; i++) {
            kith[i] = i < 40 ? 1 : 100;
            base[i] = i < 20 ? 1 : 100;
        }
        TemporalLinkBench.Comparison c = TemporalLinkBench.compare(new TemporalLinkBench.Ranks(kith),
                new TemporalLinkBench.Ranks(base), "aa");
        assertThat(c.ratio()).isEqualTo(2.0);
        assertThat(c.low()).isGreaterThan(1.0).isLessThan(2.0);
        assertThat(c.high()).isGreaterThan(2.0);
        assertThat(c.kithOnly()).isEqualTo(20);
        assertThat(c.baselineOnly()).isZero();
    }

    @Test
    void theSplitIsAt80PercentOfEventsAndEveryMethodIsReported(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("g.txt");
        StringBuilder sb = new StringBuilder("source target time\n");
        for (long[] e : TemporalGraphs.triadicBursts(3, 120, 3000)) {
            sb.append(e[0]).append(' ').append(e[1]).append(' ').append(e[2]).append('\n');
        }
        Files.writeString(file, sb);
        TemporalLinkBench.Result r = TemporalLinkBench.run(file);
        assertThat(r.trainEvents()).isEqualTo((int) Math.ceil(0.8 * r.events()));
        assertThat(r.methods()).containsOnlyKeys("kith", "kith-book", "cn", "aa", "ra", "pa", "cn-t", "aa-t", "ra-t", "activity");
        assertThat(r.queries()).isPositive();
        r.methods().values().forEach(m -> assertThat(m.queries()).isEqualTo(r.queries()));
        assertThat(TemporalLinkBench.BASELINES).contains(r.comparison().baseline());
        assertThat(TemporalLinkBench.run(file)).isEqualTo(r);
        assertThat(r.newPairs()).isEqualTo(r.queries());

        // a cap asks a seeded sample of the new pairs, the same for every method, and says how many there were
        int cap = r.queries() / 3;
        TemporalLinkBench.Result capped = TemporalLinkBench.run(file, cap);
        assertThat(capped.queries()).isEqualTo(cap);
        assertThat(capped.newPairs()).isEqualTo(r.newPairs());
        capped.methods().values().forEach(m -> assertThat(m.queries()).isEqualTo(cap));
        assertThat(TemporalLinkBench.run(file, cap)).isEqualTo(capped);
    }

    @Test
    void aBadLineIsReportedWithItsNumber(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.txt");
        Files.writeString(file, "1 2 3\n2 3 4\nthree columns please\n");
        assertThatThrownBy(() -> TemporalLinkBench.run(file)).hasMessageContaining("bad.txt:3: expected 'a b time'");
    }
}
