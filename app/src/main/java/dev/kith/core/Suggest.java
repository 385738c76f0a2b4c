package dev.kith.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Did you mean …": the candidates closest to what a user typed, by edit distance (Levenshtein, on
 * {@link Text#key} forms, so case and accents do not count) to the whole candidate or to any of its
 * words. A candidate is close when at most about a third of the typed letters differ. Time
 * O(c × t × w) for c candidates of w letters and t typed letters (both capped at {@value #LONGEST});
 * stateless and thread-safe.
 */
public final class Suggest {
    /** At most this many suggestions. */
    public static final int MAX = 3;
    /** Typed text and candidates longer than this are compared on their first this many letters. */
    static final int LONGEST = 64;

    private Suggest() {
    }

    /**
     * {@code "; did you mean X?"} or {@code "; did you mean X or Y?"} for the closest candidates, or
     * {@code ""} when none is close: ready to append to a "no such …" message.
     */
    public static String didYouMean(String typed, Collection<String> candidates) {
        List<String> close = closest(typed, candidates);
        if (close.isEmpty()) {
            return "";
        }
        if (close.size() == 1) {
            return "; did you mean " + close.get(0) + "?";
        }
        return "; did you mean " + String.join(", ", close.subList(0, close.size() - 1)) + " or "
                + close.get(close.size() - 1) + "?";
    }

    /** The (at most {@value #MAX}) candidates closest to {@code typed}, closest first, then in the given order; empty when none is close. */
    public static List<String> closest(String typed, Collection<String> candidates) {
        String t = cap(Text.key(typed == null ? "" : typed));
        if (t.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(1, t.length() / 3);
        record Scored(String candidate, int distance, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int order = 0;
        for (String c : candidates) {
            if (c == null || c.isBlank() || !seen.add(c)) {
                continue;
            }
            String key = cap(Text.key(c));
            int best = distance(t, key, allowed);
            for (String word : key.split(" ")) {
                if (!word.isEmpty() && word.length() + allowed >= t.length()) {
                    best = Math.min(best, distance(t, word, allowed));
                }
            }
            if (best <= allowed && !key.equals(t)) {
                scored.add(new Scored(c, best, order++));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order));
        return scored.stream().limit(MAX).map(Scored::candidate).toList();
    }

    /** The edit distance of {@code a} and {@code b}, or {@code limit + 1} once it is sure to exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit + 1);
    }

    private static String cap(String s) {
        return s.length() > LONGEST ? s.substring(0, LONGEST) : s;
    }
}
