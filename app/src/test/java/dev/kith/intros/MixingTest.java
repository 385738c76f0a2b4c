package dev.kith.intros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two- and three-step walk features, and greedy mixing on a validation window. */
class MixingTest {
    /**
     * 0 wrote 1 three times and 2 once; 1 wrote 3 once, 2 wrote 4 three times (no decay: a huge half-life). A walk
     * from 0 goes to 1 with 3/4 and on to 3 with 1/4 (1's ties: 0 ×3, 3 ×1), or to 2 with 1/4 and on to 4 with 3/4
     * (2's ties: 0 ×1, 4 ×3): 3/16 to both 3 and 4, though 4 has the busier tie.
     */
    @Test
    void theWalkIsTheChanceOfEndingTwoStepsAway() {
        List<long[]> events = new ArrayList<>();
        long t = 0;
        for (int[] e : new int[][] {{0, 1}, {0, 1}, {0, 1}, {0, 2}, {1, 3}, {2, 4}, {2, 4}, {2, 4}}) {
            events.add(new long[] {e[0], e[1], t++});
        }
        LinkFeatures f = LinkFeatures.of(events, events.size(), 5, t, 1e12);
        int walk = LinkFeatures.NAMES.indexOf("walk");
        LinkFeatures.Query q = f.query(0);
        assertThat(q.row(3, 0)[walk]).isCloseTo(3.0 / 16, within(1e-9));
        assertThat(q.row(4, 0)[walk]).isCloseTo(3.0 / 16, within(1e-9));
        assertThat(f.query(1).row(2, 0)[walk]).isCloseTo(3.0 / 4 * (1.0 / 4), within(1e-9)); // 1→0 (3/4), 0→2 (1/4)
        assertThat(q.row(0, 0)[walk]).isCloseTo(3.0 / 4 * 3 / 4 + 1.0 / 4 * 1 / 4, within(1e-9)); // back home
    }

    /**
     * The same history: 3 has no friend in common with 2, but a three-step walk 3 → 1 → 0 → 2 reaches it: 1 (3's only
     * tie), then 0 with 3/4 (1's ties: 0 ×3, 3 ×1), then 2 with 1/4 (0's ties: 1 ×3, 2 ×1) = 3/16. From 3 to 4: then
     * on from 2 to 4 would be a fourth step, so 0. The pair's row and the query's agree exactly.
     */
    @Test
    void theThreeStepWalkReachesAFriendsFriend() {
        List<long[]> events = new ArrayList<>();
        long t = 0;
        for (int[] e : new int[][] {{0, 1}, {0, 1}, {0, 1}, {0, 2}, {1, 3}, {2, 4}, {2, 4}, {2, 4}}) {
            events.add(new long[] {e[0], e[1], t++});
        }
        LinkFeatures f = LinkFeatures.of(events, events.size(), 5, t, 1e12);
        int walk3 = LinkFeatures.NAMES.indexOf("walk-3");
        LinkFeatures.Query q = f.query(3);
        assertThat(q.row(2, 0)[LinkFeatures.NAMES.indexOf("common")]).isZero();
        assertThat(q.row(2, 0)[walk3]).isCloseTo(3.0 / 16, within(1e-9));
        assertThat(q.row(4, 0)[walk3]).isZero();
        // from 4: 2 (only tie), 0 with 1/4 (2's ties: 0 ×1, 4 ×3), 1 with 3/4 (0's ties: 1 ×3, 2 ×1)
        assertThat(f.query(4).row(1, 0)[walk3]).isCloseTo(1.0 / 4 * 3 / 4, within(1e-9));
        for (int u = 0; u < 5; u++) {
            for (int v = 0; v < 5; v++) {
                assertThat(f.row(u, v, 0)[walk3]).isEqualTo(f.query(u).row(v, 0)[walk3]);
            }
        }
    }

    /**
     * A star around person 0: everyone is two steps from everyone through hub 0, so the walk ranks by tie weight alone;
     * the new pairs go to the people busiest lately (many events near the end). The walk alone misses
     * them; mixing adds a term on an activity feature and ranks them first.
     */
    @Test
    void mixingAddsATermOnlyWhenItRanksTheWindowBetter() {
        List<long[]> events = new ArrayList<>();
        long t = 0;
        for (int v = 1; v <= 150; v++) {
            for (int k = 0; k < 1 + v % 3; k++) {
                events.add(new long[] {0, v, t++});
            }
        }
        for (int round = 0; round < 10; round++) { // 140..144 are busy lately, each with a new partner of its own
            for (int v = 140; v < 145; v++) {
                events.add(new long[] {v, 100 + v, t++});
            }
        }
        LinkFeatures f = LinkFeatures.of(events, events.size(), 300, t, 1e6);
        List<TemporalFit.NewPair> window = new ArrayList<>();
        for (int u = 1; u <= 40; u++) {
            window.add(new TemporalFit.NewPair(u, 140 + u % 5));
        }
        Mixing mixing = new Mixing(f, window);
        LogisticModel walk = TemporalFit.single(LinkFeatures.NAMES.indexOf("walk"));
        List<Mixing.Term> terms = mixing.terms(walk);
        assertThat(terms).isNotEmpty();
        assertThat(LinkFeatures.NAMES.get(terms.get(0).feature()))
                .isIn("recent", "repeated", "new-ties", "popularity", "newcomer", "tie-strength");
        LogisticModel mixed = mixing.apply(walk, terms);
        LinkFeatures.Query q = f.query(1);
        assertThat(mixed.score(q.row(141, 0))).isGreaterThan(mixed.score(q.row(20, 0)));

        // a window the walk already ranks perfectly gets no term
        List<TemporalFit.NewPair> easy = List.of(new TemporalFit.NewPair(240, 0));
        assertThat(new Mixing(f, easy).terms(walk)).isEmpty();
    }
}
