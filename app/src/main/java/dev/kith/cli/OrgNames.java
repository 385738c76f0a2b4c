package dev.kith.cli;

import dev.kith.core.Text;
import java.util.Comparator;
import java.util.List;

/** Organization names close to one that was typed: for "did you mean …". */
final class OrgNames {
    private OrgNames() {
    }

    /** The names of {@code known} that contain, are contained in, or are a few edits from {@code typed}; closest first, at most 3. */
    static List<String> near(String typed, List<String> known) {
        String key = Text.key(typed);
        return known.stream()
                .filter(n -> {
                    String k = Text.key(n);
                    return k.contains(key) || key.contains(k) || distance(k, key) <= Math.max(2, key.length() / 4);
                })
                .sorted(Comparator.comparingInt((String n) -> distance(Text.key(n), key)).thenComparing(n -> n))
                .limit(3)
                .toList();
    }

    /** Levenshtein distance, O(|a|·|b|); names are short. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
