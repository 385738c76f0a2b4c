package dev.kith.intros;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A book's tie history is in one order whatever order its rows were read in, undated ties first. */
class TieHistoryTest {
    @Test
    void eventsAreSortedByDayThenRowsAndUndatedTiesStartTheHistory() {
        for (long span : new long[] {700, 40_000}) { // the packed sort, and the general one beyond 89 years
            Random r = new Random(span);
            long today = 60_000;
            List<long[]> dated = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                dated.add(new long[] {r.nextInt(50), r.nextInt(50), today - r.nextInt((int) span)});
            }
            List<long[]> undated = List.of(new long[] {7, 3, 0}, new long[] {1, 2, 0});
            TieHistory h = TieHistory.of(dated, undated, 50, today);
            long start = dated.stream().mapToLong(e -> e[2]).min().orElseThrow();
            List<long[]> expected = new ArrayList<>(dated);
            expected.add(new long[] {7, 3, start});
            expected.add(new long[] {1, 2, start});
            expected.sort(Comparator.comparingLong((long[] e) -> e[2]).thenComparingLong(e -> e[0])
                    .thenComparingLong(e -> e[1]));
            assertThat(h.events()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(h.events().get(i)).as("event %d", i).containsExactly(expected.get(i));
            }
            assertThat(h.span()).isEqualTo(Math.max(1, expected.get(expected.size() - 1)[2] - start));
        }
    }

    @Test
    void aPairsFeaturesReadByMergingEqualThoseOfAQuery() {
        List<long[]> events = IntroModelTest.triadic(11, 200, 2500);
        LinkFeatures f = LinkFeatures.of(events, events.size(), 200, events.get(events.size() - 1)[2], 300);
        for (int u = 0; u < 200; u += 7) {
            LinkFeatures.Query q = f.query(u);
            for (int v = 0; v < 200; v++) {
                if (v != u) {
                    assertThat(f.row(u, v, 0.25)).as("%d-%d", u, v).containsExactly(q.row(v, 0.25));
                }
            }
        }
    }
}
