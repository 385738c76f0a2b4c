package dev.kith.intros;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The introduction model's fit: deterministic, and it finds the weights that generated the data. */
class LogisticModelTest {
    private static final List<String> NAMES = List.of("x", "y", "noise");

    /** 20,000 rows whose log-odds are {@code 1.5 x - 2 y + 0.3}, with a third feature that means nothing. */
    private static Object[] data(long seed) {
        Random r = new Random(seed);
        int n = 20_000;
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {r.nextGaussian(), 2 * r.nextGaussian() + 1, r.nextGaussian()};
            double logOdds = 1.5 * x[i][0] - 2 * x[i][1] + 0.3;
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-logOdds));
        }
        return new Object[] {x, y};
    }

    @Test
    void recoversTheWeightsThatGeneratedTheData() {
        Object[] d = data(7);
        LogisticModel m = LogisticModel.fit(NAMES, (double[][]) d[0], (boolean[]) d[1], 1e-6);
        double[] w = m.rawWeights();
        // class weighting moves only the intercept: the slopes are those of the generating model
        assertThat(w[0]).isCloseTo(1.5, within(0.1));
        assertThat(w[1]).isCloseTo(-2.0, within(0.1));
        assertThat(w[2]).isCloseTo(0.0, within(0.05));
        double[] contributions = m.contributions(new double[] {3, 1, 0});
        assertThat(contributions[0]).isGreaterThan(Math.abs(contributions[2]));
    }

    @Test
    void theFitIsDeterministicAndThePenaltyShrinksTheWeights() {
        Object[] d = data(11);
        LogisticModel a = LogisticModel.fit(NAMES, (double[][]) d[0], (boolean[]) d[1], 1e-3);
        LogisticModel b = LogisticModel.fit(NAMES, (double[][]) d[0], (boolean[]) d[1], 1e-3);
        assertThat(a.weights()).containsExactly(b.weights());
        assertThat(a.intercept()).isEqualTo(b.intercept());
        LogisticModel strong = LogisticModel.fit(NAMES, (double[][]) d[0], (boolean[]) d[1], 1);
        assertThat(Math.abs(strong.weights()[1])).isLessThan(Math.abs(a.weights()[1]) / 2);
    }

    @Test
    void aLinkThatFormedOnARealisticHistoryIsRankedByFriendsInCommonAndActivity() {
        // a tiny history: 0 talks to 1, 2, 3 often; 1-4 and 2-4 talk; 5 is a loner who wrote once
        List<long[]> events = new java.util.ArrayList<>();
        long t = 0;
        for (int k = 0; k < 5; k++) {
            events.add(new long[] {0, 1, t++});
            events.add(new long[] {0, 2, t++});
            events.add(new long[] {1, 4, t++});
            events.add(new long[] {2, 4, t++});
            events.add(new long[] {3, 0, t++});
        }
        events.add(new long[] {5, 3, t++});
        LinkFeatures f = LinkFeatures.of(events, events.size(), 6, t, 10);
        LinkFeatures.Query q = f.query(0);
        double[] toFour = q.row(4, 0);
        double[] toFive = q.row(5, 0);
        assertThat(toFour[LinkFeatures.NAMES.indexOf("common")]).isEqualTo(2);
        assertThat(toFive[LinkFeatures.NAMES.indexOf("common")]).isEqualTo(1);
        assertThat(toFour[LinkFeatures.NAMES.indexOf("repeated")]).isGreaterThan(toFive[LinkFeatures.NAMES.indexOf("repeated")]);
        LogisticModel prior = TemporalFit.prior();
        assertThat(prior.score(toFour)).isGreaterThan(prior.score(toFive));
    }
}
