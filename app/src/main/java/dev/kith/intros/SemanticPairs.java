package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.embeddings.CommonGround;
import dev.kith.embeddings.PhraseVectors;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Vectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs people whose phrases mean the same thing though their words differ ("migrating our email system" and
 * "email migration"): every phrase of the paired people against every other person's, by the cosine of their
 * stored vectors ({@link PhraseVectors}), at least {@link CommonGround#FLOOR}. Bounded: with more than
 * {@value #MAX_PHRASES} phrases among the paired, pairs come from shared words only (a quadratic comparison of
 * thousands of phrases would cost Today its second).
 */
final class SemanticPairs {
    static final int MAX_PHRASES = 1000;

    /** Receives a pair of rows and their best phrase similarity. */
    @FunctionalInterface
    interface Sink {
        void pair(int a, int b, double similarity);
    }

    private SemanticPairs() {
    }

    /** The vectors of the paired people's phrases (the model loads only if one is not stored); empty beyond the bound. */
    static Map<String, float[]> vectors(Book book, List<Profile> paired, CommonGround ground) {
        Set<String> phrases = new LinkedHashSet<>();
        for (Profile p : paired) {
            phrases.addAll(ground.phrases(p));
        }
        if (phrases.size() > MAX_PHRASES) {
            return Map.of();
        }
        return PhraseVectors.of(book, phrases);
    }

    /**
     * Gives {@code sink} every pair of rows (a &lt; b) whose best phrase similarity clears the floor, in ascending
     * order of the pair. Each distinct phrase is compared once with every other (people share interests and tags
     * word for word, so a book's few hundred phrases are often a few dozen distinct ones), and a pair of phrases
     * that clears the floor pairs every holder of one with every holder of the other.
     */
    static void add(Profile[] profiles, CommonGround ground, Map<String, float[]> vectors, Sink sink) {
        if (vectors.isEmpty()) {
            return;
        }
        Map<float[], Integer> distinct = new IdentityHashMap<>();
        List<float[]> vs = new ArrayList<>();
        List<List<Integer>> holders = new ArrayList<>();
        for (int i = 0; i < profiles.length; i++) {
            if (profiles[i] == null) {
                continue;
            }
            for (String phrase : ground.phrases(profiles[i])) {
                float[] v = vectors.get(phrase);
                if (v != null) {
                    int k = distinct.computeIfAbsent(v, x -> {
                        vs.add(x);
                        holders.add(new ArrayList<>());
                        return vs.size() - 1;
                    });
                    holders.get(k).add(i);
                }
            }
        }
        Map<Long, double[]> best = new HashMap<>();
        for (int x = 0; x < vs.size(); x++) {
            float[] a = vs.get(x);
            for (int y = x; y < vs.size(); y++) {
                double d = Vectors.dot(a, vs.get(y));
                if (d >= CommonGround.FLOOR) {
                    pairHolders(holders.get(x), holders.get(y), d, best);
                }
            }
        }
        best.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sink.pair((int) (e.getKey() >>> 32), (int) (long) e.getKey(), e.getValue()[0]));
    }

    /** Keeps {@code d} for every two different people of whom one holds each phrase, where it beats what they had. */
    private static void pairHolders(List<Integer> these, List<Integer> those, double d, Map<Long, double[]> best) {
        for (int ox : these) {
            for (int oy : those) {
                if (ox != oy) {
                    long key = ((long) Math.min(ox, oy) << 32) | Math.max(ox, oy);
                    best.merge(key, new double[] {d}, (p, q) -> p[0] >= q[0] ? p : q);
                }
            }
        }
    }
}
