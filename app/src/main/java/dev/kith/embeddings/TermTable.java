package dev.kith.embeddings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The terms ({@link Terms#each}) of a list of texts, numbered in order of first use: each text's
 * distinct terms with their counts, how many texts use each term, and which texts use it. Held in
 * int arrays, with one map from term to number, so a book's 10,000 profiles cost no map per profile
 * (a text's counts are put back into a map when asked, for the few texts a ranking reads). Immutable.
 */
final class TermTable {
    private final Map<String, Integer> ids;
    private final String[] names;
    /** Per term number, how many texts use it. */
    private final int[] frequency;
    /** Per text, its distinct term numbers in order of first use, and how often each occurs. */
    private final int[][] termsOf;
    private final int[][] countsOf;
    /** Per term number, the texts using it, ascending. */
    private final int[][] rowsOf;
    /** {@link #frequencies()}, once asked; immutable, so a race builds equal maps. */
    private volatile Map<String, Integer> frequencies;

    private TermTable(Map<String, Integer> ids, String[] names, int[] frequency, int[][] termsOf, int[][] countsOf,
            int[][] rowsOf) {
        this.ids = ids;
        this.names = names;
        this.frequency = frequency;
        this.termsOf = termsOf;
        this.countsOf = countsOf;
        this.rowsOf = rowsOf;
    }

    /** The table of {@code texts}. O(total length of the texts). */
    static TermTable of(List<String> texts) {
        Builder b = new Builder(texts.size());
        for (int row = 0; row < texts.size(); row++) {
            b.row(row, texts.get(row));
        }
        return b.build();
    }

    /** Numbers the terms text by text; counts a text's terms in two arrays it reuses. */
    private static final class Builder implements Consumer<String> {
        private final Map<String, Integer> ids = new HashMap<>();
        private String[] names = new String[256];
        private int[] frequency = new int[256];
        /** Per term number: the last text that used it (its row plus one), and where it sits in that text's list. */
        private int[] seenIn = new int[256];
        private int[] at = new int[256];
        private final int[][] termsOf;
        private final int[][] countsOf;
        private int[] rowTerms = new int[64];
        private int[] rowCounts = new int[64];
        private int size;
        private int stamp;

        Builder(int texts) {
            termsOf = new int[texts][];
            countsOf = new int[texts][];
        }

        void row(int row, String text) {
            stamp = row + 1;
            size = 0;
            Terms.each(text, this);
            termsOf[row] = Arrays.copyOf(rowTerms, size);
            countsOf[row] = Arrays.copyOf(rowCounts, size);
        }

        @Override
        public void accept(String term) {
            int id = id(term);
            if (seenIn[id] == stamp) {
                rowCounts[at[id]]++;
                return;
            }
            seenIn[id] = stamp;
            frequency[id]++;
            if (size == rowTerms.length) {
                rowTerms = Arrays.copyOf(rowTerms, size * 2);
                rowCounts = Arrays.copyOf(rowCounts, size * 2);
            }
            at[id] = size;
            rowTerms[size] = id;
            rowCounts[size] = 1;
            size++;
        }

        private int id(String term) {
            Integer known = ids.get(term);
            if (known != null) {
                return known;
            }
            int id = ids.size();
            ids.put(term, id);
            if (id == names.length) {
                names = Arrays.copyOf(names, id * 2);
                frequency = Arrays.copyOf(frequency, id * 2);
                seenIn = Arrays.copyOf(seenIn, id * 2);
                at = Arrays.copyOf(at, id * 2);
            }
            names[id] = term;
            return id;
        }

        TermTable build() {
            int count = ids.size();
            int[] freq = Arrays.copyOf(frequency, count);
            int[][] rowsOf = new int[count][];
            for (int id = 0; id < count; id++) {
                rowsOf[id] = new int[freq[id]];
            }
            int[] fill = new int[count];
            for (int row = 0; row < termsOf.length; row++) {
                for (int id : termsOf[row]) {
                    rowsOf[id][fill[id]++] = row;
                }
            }
            return new TermTable(ids, Arrays.copyOf(names, count), freq, termsOf, countsOf, rowsOf);
        }
    }

    /** How many texts use {@code term} (0 when none). */
    int frequency(String term) {
        Integer id = ids.get(term);
        return id == null ? 0 : frequency[id];
    }

    /** Every term with how many texts use it (made on first ask: only the lexical similarity reads it). */
    Map<String, Integer> frequencies() {
        Map<String, Integer> out = frequencies;
        if (out == null) {
            out = new HashMap<>(names.length * 2);
            for (int id = 0; id < names.length; id++) {
                out.put(names[id], frequency[id]);
            }
            out = java.util.Collections.unmodifiableMap(out);
            frequencies = out;
        }
        return out;
    }

    /** Text {@code row}'s terms with their counts, in order of first use: what {@link Terms#counts} gives for it. */
    Map<String, Integer> counts(int row) {
        int[] t = termsOf[row];
        Map<String, Integer> out = new LinkedHashMap<>(Math.max(16, t.length * 2));
        for (int i = 0; i < t.length; i++) {
            out.put(names[t[i]], countsOf[row][i]);
        }
        return out;
    }

    /** Text {@code row}'s distinct terms: the keys of {@link #counts}, without a map. */
    java.util.Set<String> terms(int row) {
        int[] t = termsOf[row];
        String[] out = new String[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = names[t[i]];
        }
        return java.util.Set.of(out);
    }

    /** The texts using {@code term}, ascending (empty when none). */
    int[] rows(String term) {
        Integer id = ids.get(term);
        return id == null ? new int[0] : rowsOf[id];
    }
}
