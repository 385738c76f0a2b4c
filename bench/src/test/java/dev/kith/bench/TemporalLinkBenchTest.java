package dev.kith.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The temporal link-prediction protocol on graphs small enough to rank by hand. */
class TemporalLinkBenchTest {
    @Test
    void aClosingTriangleRanksFirstForEveryMethodAndNewcomersAreNotQueries(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("g.txt");
        StringBuilder sb = new StringBuilder("source target time\n");
        // an old star around hub 0 with leaves 1..9, and a recent path 10-11-12, all before the split
        for (int i = 1; i <= 9; i++) {
            sb.append("0 ").append(i).append(' ').append(i).append('\n');
        }
        sb.append("10 11 78\n11 12 79\n1 2 12\n");
        // after the split: 10-12 close a triangle (1 common neighbour); 13 is new, so 0-13 is no query
        sb.append("10 12 90\n0 13 95\n0 1 100\n");
        Files.writeString(file, sb);
        TemporalLinkBench.Result r = TemporalLinkBench.run(file);
        assertThat(r.queries()).isEqualTo(1);
        assertThat(r.trainPairs()).isEqualTo(12);
        assertThat(r.methods()).containsKeys("kith", "cn", "aa", "ra");
        r.methods().forEach((m, x) -> {
            assertThat(x.mrr()).as(m).isEqualTo(1.0);
            assertThat(x.hits10()).as(m).isEqualTo(1.0);
        });
        assertThat(TemporalLinkBench.run(file)).isEqualTo(r);
    }

    @Test
    void aBadLineIsReportedWithItsNumber(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.txt");
        Files.writeString(file, "1 2 3\n2 3 4\nthree columns please\n");
        assertThatThrownBy(() -> TemporalLinkBench.run(file)).hasMessageContaining("bad.txt:3: expected 'a b time'");
    }
}
