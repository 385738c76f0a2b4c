package dev.kith.intros;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.LongToDoubleFunction;

/**
 * Picks the best pairs by score, {@code content × 2p} rounded to thousandths, where {@code p} is the
 * introduction model's {@linkplain IntroModel#probability probability} for the pair (1/2 for two people
 * with no history, so such a pair scores its common ground; towards 1 the more their ties say they would
 * connect, towards 0 the less), computing {@code p} only where the choice can depend on it.
 *
 * <p>Whatever the model's weights (some are negative), {@code p < 1}, so {@code 2 × content} bounds a pair's
 * score from above. Candidates are taken by content, highest first; once the {@code limit} best kept all
 * score above the next candidate's bound, no later candidate (whose bound is no higher) can enter. The
 * result is the one that scoring every pair would give, ties broken the same way (lower pair key first).
 */
final class BestPairs {
    /** A candidate pair (key as {@link Suggestions#pair}) with its content score. */
    record Candidate(long key, double content) {
    }

    /** A chosen pair, its exact score and the model's probability for it. */
    record Scored(long key, double score, double probability) {
    }

    private BestPairs() {
    }

    /** Better first: higher score, then lower key. */
    static final Comparator<Scored> ORDER = Comparator.comparingDouble((Scored s) -> -s.score())
            .thenComparingLong(Scored::key);

    /**
     * The {@code limit} best of {@code candidates} in {@link #ORDER}, {@code probability} giving a pair's p by
     * key; with {@code exhaustive}, scoring every candidate (what the pruning must equal).
     */
    static List<Scored> best(List<Candidate> candidates, int limit, LongToDoubleFunction probability,
                             boolean exhaustive) {
        if (limit <= 0) {
            return List.of();
        }
        List<Candidate> open = exhaustive || candidates.size() <= 4 * limit ? new ArrayList<>(candidates)
                : survivors(candidates, limit, probability);
        open.sort(Comparator.comparingDouble((Candidate c) -> -c.content()).thenComparingLong(Candidate::key));
        // the best `limit` so far in a bounded heap whose head is the worst kept
        PriorityQueue<Scored> best = new PriorityQueue<>(ORDER.reversed());
        for (Candidate c : open) {
            if (!exhaustive && best.size() >= limit && round(2 * c.content()) < best.peek().score()) {
                break;
            }
            double p = probability.applyAsDouble(c.key());
            best.add(new Scored(c.key(), score(c.content(), p), p));
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<Scored> out = new ArrayList<>(best);
        out.sort(ORDER);
        return out;
    }

    /**
     * The candidates that can still make the {@code limit} best: the {@code limit} of highest content are scored, the
     * worst of their scores is a floor the final {@code limit}-th best cannot fall under, and only candidates whose
     * bound reaches it are kept (without sorting the millions a large book has).
     */
    private static List<Candidate> survivors(List<Candidate> candidates, int limit, LongToDoubleFunction probability) {
        Comparator<Candidate> byContent = Comparator.comparingDouble(Candidate::content)
                .thenComparing(Comparator.comparingLong(Candidate::key).reversed());
        PriorityQueue<Candidate> top = new PriorityQueue<>(byContent); // head: the lowest kept
        for (Candidate c : candidates) {
            if (top.size() < limit) {
                top.add(c);
            } else if (byContent.compare(c, top.peek()) > 0) {
                top.poll();
                top.add(c);
            }
        }
        double floor = Double.POSITIVE_INFINITY;
        for (Candidate c : top) {
            floor = Math.min(floor, score(c.content(), probability.applyAsDouble(c.key())));
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (round(2 * c.content()) >= floor) {
                out.add(c);
            }
        }
        return out;
    }

    /** A pair's score from its content and the model's probability: what {@code kith intros} shows. */
    static double score(double content, double probability) {
        return round(content * 2 * probability);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
