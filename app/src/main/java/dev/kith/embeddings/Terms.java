package dev.kith.embeddings;

import dev.kith.core.Text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The lexical side of matching: normalized words without stop words, weighted. Used to explain a
 * match (which words two texts share) and, when the model cannot load, as the similarity itself:
 * TF-IDF vectors compared by cosine.
 */
public final class Terms {
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "from", "has", "have", "he", "her", "his", "how", "i", "in", "into", "is", "it", "its", "me", "my", "not",
            "of", "on", "or", "our", "she", "so", "that", "the", "their", "them", "they", "this", "to", "was", "we",
            "were", "what", "when", "which", "who", "will", "with", "you", "your", "about", "after", "all", "also",
            "can", "did", "do", "does", "just", "more", "new", "now", "one", "out", "over", "than", "then", "there",
            "these", "up", "very", "would", "been", "some", "any", "got", "get", "like", "want", "wants", "s", "t");

    private Terms() {
    }

    /** The counted terms of {@code text}: lower case, no diacritics, stop words and 1-letter words dropped, plurals folded. */
    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        each(text, t -> out.merge(t, 1, Integer::sum));
        return out;
    }

    /**
     * Each term of {@code text} in order, repeats included: what {@link #counts} counts. Plain ASCII
     * text is cut into words in one pass (the words {@link Text#words} would give: runs of letters and
     * digits, lower case); any other text goes through {@link Text#words}.
     */
    static void each(String text, java.util.function.Consumer<String> term) {
        if (text == null || text.isBlank()) {
            return;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) >= 128) {
                for (String w : Text.words(text).split(" ")) {
                    if (w.length() >= 2 && !STOP.contains(w)) {
                        term.accept(stem(w));
                    }
                }
                return;
            }
        }
        char[] word = new char[n];
        int length = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z') {
                word[length++] = (char) (c + ('a' - 'A'));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word[length++] = c;
            } else if (length > 0) {
                if (length >= 2) {
                    String w = new String(word, 0, length);
                    if (!STOP.contains(w)) {
                        term.accept(stem(w));
                    }
                }
                length = 0;
            }
        }
    }

    /** Whether {@code word} (lower case) is a stop word, never a term. */
    static boolean stop(String word) {
        return STOP.contains(word);
    }

    /** A light stemmer: "migrations" and "migration" are one term. */
    public static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Inverse document frequency: {@code ln(1 + n / df)}. */
    public static double idf(int documents, int frequency) {
        return Math.log(1.0 + (double) documents / Math.max(1, frequency));
    }

    /** A unit-length TF-IDF vector of {@code counts} over {@code df} (document frequencies of {@code documents}). */
    public static Map<String, Double> tfidf(Map<String, Integer> counts, Map<String, Integer> df, int documents) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf(documents, df.getOrDefault(e.getKey(), 0));
            v.put(e.getKey(), w);
            norm += w * w;
        }
        if (norm > 0) {
            double inv = 1 / Math.sqrt(norm);
            v.replaceAll((k, w) -> w * inv);
        }
        return v;
    }
}
