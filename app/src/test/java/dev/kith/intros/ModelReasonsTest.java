package dev.kith.intros;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The typical pair a reason is measured against. */
class ModelReasonsTest {
    @Test
    void theTypicalPairHasNoFriendsInCommonAndEachSideTheMeanOwnFeaturesTwice() {
        List<long[]> events = new ArrayList<>();
        long t = 0;
        for (int k = 0; k < 4; k++) {
            events.add(new long[] {0, 1, t++});
            events.add(new long[] {1, 2, t++});
            events.add(new long[] {2, 0, t++});
            events.add(new long[] {3, 0, t++});
        }
        events.add(new long[] {0, 3, t++});
        LinkFeatures f = LinkFeatures.of(events, events.size(), 5, t, 6); // person 4 never in touch
        double[] typical = ModelReasons.typical(f);
        for (int j = 0; j < 7; j++) {
            assertThat(typical[j]).as("friends in common, feature %d", j).isZero();
        }
        assertThat(typical[LinkFeatures.WALK]).isZero();
        assertThat(typical[LinkFeatures.SHARED_INTERESTS]).isZero();
        for (int j = 7; j < LinkFeatures.WALK; j++) {
            double mean = 0;
            for (int u = 0; u < 4; u++) {
                mean += f.row(u, u, 0)[j]; // everyone but 4 has a tie
            }
            assertThat(typical[j]).as(LinkFeatures.NAMES.get(j)).isCloseTo(mean / 4, org.assertj.core.data.Offset.offset(1e-12));
        }
        for (int u = 0; u < 5; u++) {
            double[] sides = f.sides(u);
            assertThat(Arrays.copyOfRange(sides, 7, LinkFeatures.WALK))
                    .containsExactly(Arrays.copyOfRange(f.row(u, u, 0), 7, LinkFeatures.WALK));
        }
    }

    /**
     * A pair with no friend in common whom the three-step walk ranks high is given that reason in words, not left
     * without one; the two-step walk still counts as friends in common (worded by their number).
     */
    @Test
    void theThreeStepWalkIsWorded() {
        double[] x = new double[LinkFeatures.SIZE];
        double[] typical = new double[LinkFeatures.SIZE];
        x[LinkFeatures.WALK_3] = 0.2;
        double[] c = new double[LinkFeatures.SIZE];
        c[LinkFeatures.WALK_3] = 1.0;
        assertThat(ModelReasons.words(x, c, typical)).contains("they move in the same circles");
        assertThat(ModelReasons.typical(LinkFeatures.of(List.of(new long[] {0, 1, 0}), 1, 2, 0, 1))[LinkFeatures.WALK_3])
                .isZero();
    }
}
