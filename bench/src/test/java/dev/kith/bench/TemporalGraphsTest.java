package dev.kith.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The synthetic temporal networks: deterministic per seed, sorted by time, and built by the mechanisms they name. */
class TemporalGraphsTest {
    @Test
    void communitiesAreDeterministicSortedAndRepeatContacts() {
        List<long[]> a = TemporalGraphs.communities(4, 400, 8000);
        List<long[]> b = TemporalGraphs.communities(4, 400, 8000);
        assertThat(a).hasSameSizeAs(b).hasSizeGreaterThan(6000);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)).containsExactly(b.get(i));
            assertThat(a.get(i)[0]).isBetween(0L, 399L).isNotEqualTo(a.get(i)[1]);
            assertThat(a.get(i)[1]).isBetween(0L, 399L);
            if (i > 0) {
                assertThat(a.get(i)[2]).isGreaterThanOrEqualTo(a.get(i - 1)[2]);
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (long[] e : a) {
            pairs.add(Math.min(e[0], e[1]) << 32 | Math.max(e[0], e[1]));
        }
        // repeated contact: far fewer distinct pairs than events; and another seed is another network
        assertThat(pairs.size()).isLessThan(a.size() / 2);
        assertThat(TemporalGraphs.communities(5, 400, 8000).get(100)).isNotEqualTo(a.get(100));
    }
}
