package dev.kith.intros;

/**
 * The core of Kith's introduction scorer, shared by {@code kith intros} and {@code kith bench intros}.
 * Two people are likely to benefit from meeting when
 * <ol>
 *   <li>they have <em>strong, recent</em> ties in common: a weighted Adamic-Adar over tie strengths,
 *       {@code Σ_z w(u,z)·w(z,v) / ln(2 + activity(z))}, so a friend in common counts by how strong
 *       both ties are and less when that friend is tied to everyone; and</li>
 *   <li>they are themselves active, well-tied people ({@link #prior}): someone warmly and recently
 *       in touch takes up an introduction; a dormant contact does not. In a book this is my tie
 *       strength to each person; in a plain graph it is each person's activity.</li>
 * </ol>
 * The score is {@code structural + PRIOR_WEIGHT · prior}, the prior being bounded by 1 so that any
 * tie in common outweighs it only when strong.
 */
public final class LinkScorer {
    /** How much the prior weighs next to the structural evidence. */
    public static final double PRIOR_WEIGHT = 0.5;

    private LinkScorer() {
    }

    /**
     * The structural score of {@code u} with every node, added into {@code out} (length {@code g.size()});
     * returns nothing, touches only nodes two steps from {@code u}.
     */
    public static void structural(TieGraph g, int u, double[] out) {
        int[] nu = g.neighbours(u);
        double[] wu = g.weights(u);
        for (int i = 0; i < nu.length; i++) {
            int z = nu[i];
            double f = wu[i] / Math.log(2 + g.activity(z));
            int[] nz = g.neighbours(z);
            double[] wz = g.weights(z);
            for (int k = 0; k < nz.length; k++) {
                out[nz[k]] += f * wz[k];
            }
        }
    }

    /** The structural score of one pair, by merging the two sorted neighbour lists. */
    public static double structural(TieGraph g, int u, int v) {
        return structural(g, u, v, g::activity);
    }

    /**
     * The structural score of one pair with the activity of each friend in common given by {@code activity}:
     * with an exact activity the same as {@link #structural(TieGraph, int, int)}; with a lower bound of it, an
     * upper bound of that score.
     */
    public static double structural(TieGraph g, int u, int v, java.util.function.IntToDoubleFunction activity) {
        int[] a = g.neighbours(u);
        int[] b = g.neighbours(v);
        double[] wa = g.weights(u);
        double[] wb = g.weights(v);
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                s += wa[i] * wb[j] / Math.log(2 + activity.applyAsDouble(a[i]));
                i++;
                j++;
            }
        }
        return s;
    }

    /** The prior of a pair from each side's strength (activity or my tie strength), in [0, 1). */
    public static double prior(double strengthU, double strengthV) {
        double g = Math.sqrt(Math.max(0, strengthU) * Math.max(0, strengthV));
        return g / (1 + g);
    }

    /** The final score: structural evidence plus the weighted prior. */
    public static double score(double structural, double prior) {
        return structural + PRIOR_WEIGHT * prior;
    }
}
