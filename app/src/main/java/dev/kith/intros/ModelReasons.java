package dev.kith.intros;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The introduction model's reasons in words: the features that raise a pair's probability the most,
 * worded as a person would say them ("5 friends in common, both recently active"). A feature's
 * contribution is measured against a typical pair of the book ({@link #typical}: no friend in common,
 * each side as active, recent and well tied as the book's average person), so that "both recently
 * active" means more recent than usual. It is named when it adds at least {@value #FLOOR} to the log-odds;
 * at most {@value #MOST} phrases, largest first; the several measures of friends in common are one
 * phrase with their count.
 */
final class ModelReasons {
    /** Contributions below this (in log-odds) are too small to be a reason. */
    static final double FLOOR = 0.1;
    static final int MOST = 2;

    private ModelReasons() {
    }

    /**
     * The feature row of a typical pair of people in {@code f}: 0 for friends in common and shared interests, and
     * for each side's own features twice the mean over the people with any tie (the walk, a measure of friends in
     * common, is 0 too).
     */
    static double[] typical(LinkFeatures f) {
        double[] mean = new double[LinkFeatures.SIZE];
        int seen = 0;
        for (int u = 0; u < f.size(); u++) {
            if (f.seen(u)) {
                double[] self = f.sides(u); // each side's features counted twice: u with itself
                for (int j = 7; j < LinkFeatures.WALK; j++) {
                    mean[j] += self[j];
                }
                seen++;
            }
        }
        for (int j = 7; j < LinkFeatures.WALK && seen > 0; j++) {
            mean[j] /= seen;
        }
        return mean;
    }

    /** Each feature's contribution to the log-odds of row {@code x} against row {@code typical}, by {@code model}. */
    static double[] contributions(LogisticModel model, double[] x, double[] typical) {
        double[] raw = model.rawWeights();
        double[] c = new double[raw.length];
        for (int j = 0; j < raw.length; j++) {
            c[j] = raw[j] * (x[j] - typical[j]);
        }
        return c;
    }

    /**
     * The words for feature row {@code x} with per-feature {@code contributions} against row {@code typical}, empty
     * when nothing stands out. The measures of friends in common count as one, their contributions summed; a side's
     * feature is named only when the pair is above the typical pair on it (a negative weight on a feature the pair
     * is low on raises its odds, but "both rarely in touch" is no reason to introduce them).
     */
    static Optional<String> words(double[] x, double[] contributions, double[] typical) {
        double[] c = contributions.clone();
        for (int j = 1; j <= 6; j++) {
            c[0] += c[j];
            c[j] = 0;
        }
        c[0] += c[LinkFeatures.WALK]; // the walk is one more measure of friends in common
        c[LinkFeatures.WALK] = 0;
        for (int j = 7; j < c.length; j++) {
            if (x[j] <= typical[j]) {
                c[j] = 0;
            }
        }
        Integer[] order = new Integer[c.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(c[j], c[i]));
        List<String> phrases = new ArrayList<>();
        for (int j : order) {
            if (c[j] < FLOOR || phrases.size() == MOST) {
                break;
            }
            String p = phrase(j, x);
            if (p != null && !phrases.contains(p)) {
                phrases.add(p);
            }
        }
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", phrases));
    }

    /** The phrase of feature {@code j} (see {@link LinkFeatures#NAMES}) for row {@code x}; null when it says nothing. */
    static String phrase(int j, double[] x) {
        int common = (int) Math.round(x[0]);
        return switch (j) {
            case 0, 1, 2, 3, 4, 5, 6 -> common == 0 ? null
                    : common + (common == 1 ? " friend in common" : " friends in common");
            case 7 -> "both well connected";
            case 8 -> "both recently active";
            case 9 -> "both often in touch lately";
            case 10 -> "both keep up two-way ties";
            case 11 -> "both have strong ties";
            case 12 -> "both meeting new people lately";
            case 13 -> "both new in your network";
            case LinkFeatures.WALK_3 -> "they move in the same circles";
            default -> null;
        };
    }
}
