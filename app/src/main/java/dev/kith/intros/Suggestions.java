package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.core.Beside;
import dev.kith.core.Text;
import dev.kith.embeddings.CommonGround;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Suggests introductions: pairs of reachable contacts who do not know each other (no tie between
 * them, never in one interaction together, not colleagues at the same organization now, no
 * introduction of them already) and have common ground.
 *
 * <p>Candidates come from an inverted index of common-ground keys (an interest, a tag, a two-word
 * phrase of the notes, a milestone kind of the last {@value GroundKeys#MILESTONE_DAYS} days, an ask matched
 * with an offer, the industry, the city); only people sharing a key are paired, and a key held by
 * more than {@value #MAX_POSTING} people keeps only the {@value #MAX_POSTING} I am closest to, so
 * the work stays near-linear at 10,000 contacts. Each shared key is worth {@code weight × idf}; per
 * kind of key the best counts fully and the others a quarter (five phrases of one note are one
 * thing in common, not five). The pair's score is that content score times {@code 2p}, where {@code p} is
 * the probability the book's {@link IntroModel} (the learned model of {@code kith bench intros}, fitted on
 * the book's own {@link TieHistory} when it has enough of one) gives the pair over two people with no
 * history: common ground counts for more between people whose ties say they would connect (see
 * {@link BestPairs}). Its largest contributions are named beside the common ground ({@link ModelReasons}).
 */
public final class Suggestions {
    static final int MAX_POSTING = 150;

    private static final Map<String, Double> WEIGHTS = Map.of("interest", 1.0, "tag", 0.6, "phrase", 1.2,
            "milestone", 0.8, "ask", 1.5, "industry", 0.4, "city", 0.4);
    /** The order of the types in a pair's accumulator. */
    private static final List<String> TYPES = List.of("interest", "tag", "phrase", "milestone", "ask", "industry", "city");
    /** Beyond the best key of a type, further keys of that type count this much (they are often correlated). */
    static final double MORE_OF_A_KIND = 0.25;

    private Suggestions() {
    }

    /**
     * The {@code limit} best introductions in {@code book}, whose introductions are {@code intros}, today, fitting the
     * book's model only on a history Today would fit too (at most {@link IntroModel#TODAY_FIT_EVENTS} events; else
     * the kept model or the prior): what a web page or the API asks, so that no request waits minutes for a fit.
     */
    public static List<Suggestion> suggest(Book book, Intros intros, int limit) {
        LocalDate today = book.clock().today();
        return suggest(book, intros, today, limit, Pool.load(book, today), Integer.MAX_VALUE, false,
                IntroModel.TODAY_FIT_EVENTS);
    }

    /**
     * {@link #suggest(Book, Intros, int)}, fitting (and keeping) the book's model on a history of any size when the
     * kept one is out of date: {@code kith intros}, where a first fit on a large book may take a minute.
     */
    public static List<Suggestion> suggestFitting(Book book, Intros intros, int limit) {
        LocalDate today = book.clock().today();
        return suggest(book, intros, today, limit, Pool.load(book, today), Integer.MAX_VALUE, false,
                Integer.MAX_VALUE);
    }

    /**
     * The {@code limit} best introductions among the {@code closest} contacts I am closest to (by tie
     * strength, then id): what Today asks for, since a pair is weighted by my tie to each person and a
     * daily suggestion between two near strangers is rarely the best one. Bounded so that a book of
     * 10,000 does not pair everyone with everyone every morning.
     */
    public static List<Suggestion> suggest(Book book, Intros intros, int limit, int closest) {
        LocalDate today = book.clock().today();
        return suggest(book, intros, today, limit, Pool.load(book, today), closest);
    }

    /**
     * {@link #suggest(Book, Intros, int, int)} on {@code today} with the contacts and tie strengths of
     * {@code pool} (Today's snapshot has them already): profiles are read only for the {@code closest}
     * people paired, and the book's tie history (see {@link TieHistory} and {@link BestPairs}).
     */
    public static List<Suggestion> suggest(Book book, Intros intros, LocalDate today, int limit, Pool pool,
                                           int closest) {
        return suggest(book, intros, today, limit, pool, closest, false, IntroModel.TODAY_FIT_EVENTS);
    }

    /**
     * {@link #suggest(Book, Intros, LocalDate, int, Pool, int)}; with {@code exhaustive}, scoring every candidate
     * pair instead of only those that can still make the {@code limit} best (see {@link BestPairs}); fitting the
     * book's model only on a history of at most {@code maxFitEvents} events (see {@link IntroModel#of}).
     */
    static List<Suggestion> suggest(Book book, Intros intros, LocalDate today, int limit, Pool pool, int closest,
                                    boolean exhaustive, int maxFitEvents) {
        boolean[] among = pool.closest(closest);
        // The profiles are read on a second connection while this thread reads the ties (two independent
        // reads: on two cores the slower one's time instead of both), except inside a transaction.
        CompletableFuture<Profile[]> reading = book.database().inTransaction() ? null
                : Beside.start("kith-profiles", () -> PairedProfiles.load(book, today, pool, among));
        TieHistory history = TieHistory.load(book, today, pool);
        IntroModel model = IntroModel.of(book, history, today, maxFitEvents);
        LinkFeatures ties = history.features(model.halfLife());
        Set<Long> introduced = new HashSet<>();
        for (Intro i : intros.all()) {
            int a = pool.row(i.aId());
            int b = pool.row(i.bId());
            if (a >= 0 && b >= 0) {
                introduced.add(pair(a, b));
            }
        }
        Profile[] profiles = reading == null ? PairedProfiles.load(book, today, pool, among) : Beside.join(reading);
        double[] mine = pool.strengths();

        List<Profile> paired = new ArrayList<>();
        for (Profile p : profiles) {
            if (p != null) {
                paired.add(p);
            }
        }
        CommonGround ground = CommonGround.of(paired);
        Map<String, float[]> vectors = SemanticPairs.vectors(book, paired, ground);
        Map<GroundKeys.Key, List<Integer>> postings = new LinkedHashMap<>();
        Map<String, List<Integer>> asks = new HashMap<>();
        Map<String, List<Integer>> offers = new HashMap<>();
        for (int i = 0; i < profiles.length; i++) {
            Profile p = profiles[i];
            if (p == null) {
                continue;
            }
            for (GroundKeys.Key k : GroundKeys.of(p, today, ground)) {
                postings.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
            for (String t : p.tags()) {
                if (t.startsWith("ask:")) {
                    asks.computeIfAbsent(Text.words(t.substring(4)), x -> new ArrayList<>()).add(i);
                } else if (t.startsWith("offer:")) {
                    offers.computeIfAbsent(Text.words(t.substring(6)), x -> new ArrayList<>()).add(i);
                }
            }
        }
        int n = Math.max(1, pool.reachableCount());
        // Scores first, words later: a book of 10,000 yields millions of candidate pairs, and only the
        // best few need their common ground written out (see reasons()).
        Map<Long, double[]> scores = new HashMap<>();
        Map<GroundKeys.Key, Set<Integer>> counted = new HashMap<>();
        for (Map.Entry<GroundKeys.Key, List<Integer>> e : postings.entrySet()) {
            List<Integer> people = capped(e.getValue(), mine);
            if (people.size() < 2) {
                continue;
            }
            counted.put(e.getKey(), new HashSet<>(people));
            double w = WEIGHTS.get(e.getKey().type()) * Terms.idf(n, e.getValue().size());
            int t = TYPES.indexOf(e.getKey().type()) * 2;
            for (int x = 0; x < people.size(); x++) {
                for (int y = x + 1; y < people.size(); y++) {
                    add(scores, pair(people.get(x), people.get(y)), t, w);
                }
            }
        }
        Map<Long, List<String>> askReasons = new HashMap<>();
        asks.forEach((need, askers) -> {
            List<Integer> givers = offers.get(need);
            if (givers == null) {
                return;
            }
            double w = WEIGHTS.get("ask") * Terms.idf(n, givers.size());
            int t = TYPES.indexOf("ask") * 2;
            for (int a : capped(askers, mine)) {
                for (int b : capped(givers, mine)) {
                    if (a != b) {
                        add(scores, pair(a, b), t, w);
                        List<String> r = askReasons.computeIfAbsent(pair(a, b), k -> new ArrayList<>());
                        String why = profiles[a].name() + " is looking for " + need + "; " + profiles[b].name()
                                + " offers it";
                        if (!r.contains(why)) {
                            r.add(why);
                        }
                    }
                }
            }
        });

        SemanticPairs.add(profiles, ground, vectors, (a, b, similarity) ->
                add(scores, pair(a, b), TYPES.indexOf("phrase") * 2, WEIGHTS.get("phrase") * 2 * similarity));

        List<BestPairs.Candidate> candidates = new ArrayList<>(scores.size());
        for (Map.Entry<Long, double[]> e : scores.entrySet()) {
            long key = e.getKey();
            int a = first(key);
            int b = second(key);
            if (ties.linked(a, b) || introduced.contains(key)) {
                continue; // they know each other already: a tie, an interaction together, an introduction
            }
            Profile pa = profiles[a];
            Profile pb = profiles[b];
            if (pa.organizationId() != null && pa.organizationId().equals(pb.organizationId())) {
                continue;
            }
            candidates.add(new BestPairs.Candidate(key, content(e.getValue())));
        }
        double[] raw = model.model().rawWeights();
        double[] typical = null;
        List<Suggestion> out = new ArrayList<>();
        for (BestPairs.Scored sc : BestPairs.best(candidates, limit,
                key -> LogisticModel.sigmoid(utility(raw, ties.row(first(key), second(key), 0))), exhaustive)) {
            int a = first(sc.key());
            int b = second(sc.key());
            Profile pa = profiles[a];
            Profile pb = profiles[b];
            List<String> why = new ArrayList<>();
            ground.best(pa, pb, vectors).filter(m -> !GroundKeys.sharedLabel(m, pa, pb))
                    .ifPresent(m -> why.add(m.reason(pa.name(), pb.name())));
            for (String r : reasons(pa, pb, a, b, today, counted, ground)) {
                if (!why.contains(r)) {
                    why.add(r);
                }
            }
            why.addAll(askReasons.getOrDefault(sc.key(), List.of()));
            double[] x = ties.row(a, b, 0);
            typical = typical != null ? typical : ModelReasons.typical(ties);
            ModelReasons.words(x, ModelReasons.contributions(model.model(), x, typical), typical).ifPresent(why::add);
            out.add(new Suggestion(pa.id(), pa.name(), pb.id(), pb.name(), sc.score(), (int) mine[a], (int) mine[b], why));
        }
        out.sort(Comparator.comparingDouble((Suggestion s) -> -s.score()).thenComparingLong(Suggestion::aId)
                .thenComparingLong(Suggestion::bId));
        return out;
    }

    /** The model's log-odds for a feature row against a pair with no history, {@code raw} its weights per unit. */
    private static double utility(double[] raw, double[] x) {
        double s = 0;
        for (int j = 0; j < raw.length; j++) {
            s += raw[j] * x[j];
        }
        return s;
    }

    /** The common ground of a and b that was counted: each key both have, where both were among its capped people. */
    private static List<String> reasons(Profile pa, Profile pb, int a, int b, LocalDate today,
                                        Map<GroundKeys.Key, Set<Integer>> counted, CommonGround ground) {
        List<String> why = new ArrayList<>();
        Set<GroundKeys.Key> theirs = new HashSet<>(GroundKeys.of(pb, today, ground));
        for (GroundKeys.Key k : GroundKeys.of(pa, today, ground)) {
            if (k.type().equals("phrase")) {
                continue; // quoted by CommonGround instead: the two clauses, not a fragment of them
            }
            Set<Integer> people = counted.get(k);
            if (theirs.contains(k) && people != null && people.contains(a) && people.contains(b)) {
                String r = GroundKeys.reason(k, pa, pb, today);
                if (!why.contains(r)) {
                    why.add(r);
                }
            }
        }
        return why;
    }

    private static List<Integer> capped(List<Integer> people, double[] mine) {
        if (people.size() <= MAX_POSTING) {
            return people;
        }
        List<Integer> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparingDouble((Integer i) -> -mine[i]).thenComparingInt(i -> i));
        return sorted.subList(0, MAX_POSTING);
    }

    private static void add(Map<Long, double[]> scores, long key, int t, double w) {
        double[] acc = scores.computeIfAbsent(key, k -> new double[TYPES.size() * 2]);
        acc[t] = Math.max(acc[t], w);
        acc[t + 1] += w;
    }

    /** A pair's content score: per type, the best key plus {@value #MORE_OF_A_KIND} of the others. */
    private static double content(double[] acc) {
        double s = 0;
        for (int t = 0; t < acc.length; t += 2) {
            s += acc[t] + MORE_OF_A_KIND * (acc[t + 1] - acc[t]);
        }
        return s;
    }

    /** Spreads pair keys over the hash table: Long's own hash of (a << 32 | b) is a ^ b, which collides by the thousand. */
    private static final long MIX = 0x9E3779B97F4A7C15L;
    /** MIX's inverse modulo 2^64, to read a and b back. */
    private static final long UNMIX = 0xF1DE83E19937733DL;

    /** The key of the unordered pair {a, b}: invertible, see {@link #first} and {@link #second}. */
    static long pair(int a, int b) {
        return (((long) Math.min(a, b) << 32) | Math.max(a, b)) * MIX;
    }

    static int first(long pair) {
        return (int) ((pair * UNMIX) >>> 32);
    }

    static int second(long pair) {
        return (int) (pair * UNMIX);
    }

    /**
     * The common ground of two given people, worded as {@link Suggestion#commonGround()} is: what
     * {@code kith intro A B} carries when no why is given. Reads the two profiles only; empty when they
     * share nothing (or one is not in the book).
     */
    public static List<String> between(Book book, long a, long b, LocalDate today) {
        List<Profile> both = dev.kith.embeddings.Profiles.load(book, today, List.of(a, b));
        Profile pa = both.stream().filter(p -> p.id() == a).findFirst().orElse(null);
        Profile pb = both.stream().filter(p -> p.id() == b).findFirst().orElse(null);
        if (pa == null || pb == null) {
            return List.of();
        }
        CommonGround ground = CommonGround.of(both);
        Set<GroundKeys.Key> theirs = new HashSet<>(GroundKeys.of(pb, today, ground));
        List<String> why = new ArrayList<>();
        ground.best(pa, pb, SemanticPairs.vectors(book, both, ground)).filter(m -> !GroundKeys.sharedLabel(m, pa, pb))
                .ifPresent(m -> why.add(m.reason(pa.name(), pb.name())));
        for (Profile[] pair : List.of(new Profile[] {pa, pb}, new Profile[] {pb, pa})) {
            for (String t : pair[0].tags()) {
                String need = t.startsWith("ask:") ? Text.words(t.substring(4)) : null;
                if (need != null && pair[1].tags().stream().anyMatch(o -> o.startsWith("offer:")
                        && Text.words(o.substring(6)).equals(need))) {
                    why.add(pair[0].name() + " is looking for " + t.substring(4).strip() + "; " + pair[1].name()
                            + " offers it");
                }
            }
        }
        for (GroundKeys.Key k : GroundKeys.of(pa, today, ground)) {
            String r = theirs.contains(k) && !k.type().equals("phrase") ? GroundKeys.reason(k, pa, pb, today) : null;
            if (r != null && !why.contains(r)) {
                why.add(r);
            }
        }
        return why;
    }
}
