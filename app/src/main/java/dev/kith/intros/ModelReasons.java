package dev.kith.intros;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The introduction model's reasons in words: the features that raise a pair's probability the most,
 * worded as a person would say them ("5 friends in common, both recently active"). A feature is named
 * when its contribution to the pair's log-odds is at least {@value #FLOOR}; at most {@value #MOST}
 * phrases, largest first; the several measures of friends in common are one phrase with their count.
 */
final class ModelReasons {
    /** Contributions below this (in log-odds) are too small to be a reason. */
    static final double FLOOR = 0.1;
    static final int MOST = 2;

    private ModelReasons() {
    }

    /** The words for feature row {@code x} with per-feature {@code contributions}, empty when nothing stands out. */
    static Optional<String> words(double[] x, double[] contributions) {
        Integer[] order = new Integer[contributions.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(contributions[j], contributions[i]));
        List<String> phrases = new ArrayList<>();
        for (int j : order) {
            if (contributions[j] < FLOOR || phrases.size() == MOST) {
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
            default -> null;
        };
    }
}
