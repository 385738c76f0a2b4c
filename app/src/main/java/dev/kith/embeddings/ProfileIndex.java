package dev.kith.embeddings;

import dev.kith.book.Book;
import dev.kith.store.Database;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every profile of a book ready for matching: the profiles, one row per profile in a flat
 * row-major {@code float[]} matrix of unit vectors (when the model loaded), and the TF-IDF term
 * vectors used for explanations and as the fallback similarity. Built once per book and reused
 * while the day and the {@linkplain Database#stamps change stamps} of what it reads are unchanged,
 * on SQLite and PostgreSQL alike: logging an interaction does not rebuild it (see
 * {@link ProfileIndexCache}; built by {@link ProfileIndexBuilder}). Immutable.
 */
public final class ProfileIndex {
    private final List<Profile> profiles;
    /** Where query vectors are stored (see {@link #similarities}); null for an index built without a book. */
    private Book book;
    private final Map<Long, Integer> rows;
    private final Embedder embedder;
    private final float[] matrix;
    private final int dimensions;
    /** The terms of the profiles, numbered in order of first use, with how many profiles use each. */
    private final TermTable vocabulary;
    /** Built on first use ({@link #termVectors()}). */
    private volatile List<Map<String, Double>> termVectors;
    /** Each row's facets, built on first use ({@link #facets(int)}): an article's ranking reads only the rows sharing its words. */
    private final Facets[] facets;

    /**
     * The terms of one profile's parts, for explaining a match: each interest's and tag's terms, the
     * notes' terms and each recent milestone's terms (same order as in the {@link Profile}).
     */
    public record Facets(List<Set<String>> interests, List<Set<String>> tags, Set<String> notes,
                         List<Set<String>> recent, Set<String> all) {
    }

    ProfileIndex(List<Profile> profiles, List<String> texts, Embedder embedder, float[] matrix, int dimensions) {
        this.profiles = profiles;
        this.embedder = embedder;
        this.matrix = matrix;
        this.dimensions = dimensions;
        this.rows = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            rows.put(profiles.get(i).id(), i);
        }
        this.vocabulary = TermTable.of(texts);
        this.facets = new Facets[profiles.size()];
    }

    /**
     * The TF-IDF vectors of the profiles, computed on first use: only the lexical similarity (no model, or
     * a model that cannot load) reads them, so an index over stored vectors never builds them.
     */
    private List<Map<String, Double>> termVectors() {
        List<Map<String, Double>> t = termVectors;
        if (t == null) {
            synchronized (this) {
                t = termVectors;
                if (t == null) {
                    t = new ArrayList<>(profiles.size());
                    Map<String, Integer> df = vocabulary.frequencies();
                    for (int row = 0; row < profiles.size(); row++) {
                        t.add(Terms.tfidf(vocabulary.counts(row), df, profiles.size()));
                    }
                    termVectors = t;
                }
            }
        }
        return t;
    }

    /**
     * The index of {@code book} today, embedding (and storing) the profiles whose text changed. While another
     * thread builds the same index (same day, same data), this waits for it rather than building it again.
     */
    public static ProfileIndex of(Book book) {
        return ProfileIndexCache.of(book);
    }

    /**
     * The index of {@code book} on {@code today} when one is kept and nothing it read changed since, else empty:
     * for a reader that wants the profiles (the same whatever the model) but should not pay for an index. An index
     * another thread is building for the same data is waited for.
     */
    public static Optional<ProfileIndex> cached(Book book, LocalDate today) {
        return ProfileIndexCache.cached(book, today);
    }

    /** The index of {@code book} without the cache, whose query vectors it then stores and reuses (see {@link #similarities}). */
    static ProfileIndex forBook(Book book, LocalDate today, Embedder embedder) {
        ProfileIndex index = ProfileIndexBuilder.build(book, today, embedder);
        index.book = book;
        return index;
    }

    private Map<String, float[]> embedded(List<String> phrases) {
        List<float[]> vectors = embedder.embedAll(phrases);
        Map<String, float[]> out = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            out.put(phrases.get(i), vectors.get(i));
        }
        return out;
    }

    /** Forgets the query vectors this process keeps in memory (tests: what a new process would see). */
    static void forgetQueries() {
        QueryVectors.forget();
    }

    public List<Profile> profiles() {
        return profiles;
    }

    /** The profile of contact {@code id}, or null. */
    public Profile profile(long id) {
        Integer row = rows.get(id);
        return row == null ? null : profiles.get(row);
    }

    /** Whether similarities come from the model (true) or from the lexical fallback. */
    public boolean semantic() {
        return embedder != null;
    }

    /** The name of the similarity: the model's, or {@code lexical}. */
    public String method() {
        return embedder == null ? "lexical" : embedder.model();
    }

    /** The similarity of {@code text} to every profile, in {@link #profiles()} order. */
    public float[] similarities(String text) {
        float[] out = new float[profiles.size()];
        if (embedder != null) {
            float[] q = QueryVectors.of(book, embedder, text);
            QueryVectors.bound();
            for (int i = 0; i < out.length; i++) {
                out[i] = Vectors.dot(q, matrix, i);
            }
            return out;
        }
        Map<String, Double> q = Terms.tfidf(Terms.counts(text), vocabulary.frequencies(), Math.max(1, profiles.size()));
        List<Map<String, Double>> vectors = termVectors();
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            Map<String, Double> v = vectors.get(i);
            for (Map.Entry<String, Double> e : q.entrySet()) {
                Double w = v.get(e.getKey());
                if (w != null) {
                    s += w * e.getValue();
                }
            }
            out[i] = (float) s;
        }
        return out;
    }

    /** The cosine a profile phrase needs with an article's text to be named as why they fit it. */
    public static final double ARTICLE_FLOOR = 0.35;

    private volatile CommonGround ground;

    /** Common ground over this book's profiles (word use counted once, on first use). */
    public CommonGround ground() {
        CommonGround g = ground;
        if (g == null) {
            g = CommonGround.of(profiles);
            ground = g;
        }
        return g;
    }

    /**
     * The phrase of the profile at {@code row} (an interest, a tag, a clause of the notes) that best matches
     * {@code text}: the one sharing most informative words with it, else (with the model) the closest in meaning
     * at cosine {@value #ARTICLE_FLOOR} or more; empty when none does.
     */
    public java.util.Optional<String> closestPhrase(int row, String text) {
        CommonGround g = ground();
        List<String> phrases = g.phrases(profiles.get(row));
        Set<String> textStems = CommonGround.stems(text);
        String best = null;
        int most = 0;
        for (String phrase : phrases) {
            Set<String> shared = new java.util.HashSet<>(g.informative(phrase));
            shared.retainAll(textStems);
            if (shared.size() > most) {
                most = shared.size();
                best = phrase;
            }
        }
        if (best != null || embedder == null || phrases.isEmpty()) {
            return java.util.Optional.ofNullable(best);
        }
        float[] q = QueryVectors.of(book, embedder, text);
        // the phrases' vectors as the book stores them (PhraseVectors): the model runs only for a phrase never seen
        Map<String, float[]> vs = book == null ? embedded(phrases)
                : PhraseVectors.of(book, phrases, embedder.model(), () -> java.util.Optional.of(embedder));
        double top = ARTICLE_FLOOR;
        for (int i = 0; i < phrases.size(); i++) {
            float[] v = vs.get(phrases.get(i));
            double d = v == null ? 0 : Vectors.dot(q, v, 0);
            if (d >= top) {
                top = d;
                best = phrases.get(i);
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The similarity of two profiles' embeddings (or term vectors). */
    public double similarity(long a, long b) {
        Integer ra = rows.get(a);
        Integer rb = rows.get(b);
        if (ra == null || rb == null) {
            return 0;
        }
        if (embedder != null) {
            float s = 0;
            for (int i = 0; i < dimensions; i++) {
                s += matrix[ra * dimensions + i] * matrix[rb * dimensions + i];
            }
            return s;
        }
        double s = 0;
        Map<String, Double> vb = termVectors().get(rb);
        for (Map.Entry<String, Double> e : termVectors().get(ra).entrySet()) {
            Double w = vb.get(e.getKey());
            if (w != null) {
                s += w * e.getValue();
            }
        }
        return s;
    }

    /** The terms of row {@code row}'s parts. */
    public Facets facets(int row) {
        Facets f = facets[row];
        if (f == null) {
            // computed at most a few times over (a race builds equal values); Facets is immutable, so safely published
            Profile p = profiles.get(row);
            List<Set<String>> interests = new ArrayList<>(p.interests().size());
            for (String x : p.interests()) {
                interests.add(terms(x));
            }
            List<Set<String>> tags = new ArrayList<>(p.tags().size());
            for (String x : p.tags()) {
                tags.add(terms(x.startsWith("ask:") ? x.substring(4) : x.startsWith("offer:") ? x.substring(6) : x));
            }
            List<Set<String>> recent = new ArrayList<>(p.recent().size());
            for (Profile.Recent r : p.recent()) {
                recent.add(terms(r.text()));
            }
            f = new Facets(List.copyOf(interests), List.copyOf(tags), terms(p.notes()), List.copyOf(recent),
                    vocabulary.terms(row));
            facets[row] = f;
        }
        return f;
    }

    /** Whether each row's profile shares at least one term with {@code terms}. */
    public boolean[] sharing(Set<String> terms) {
        boolean[] out = new boolean[profiles.size()];
        for (String t : terms) {
            for (int i : vocabulary.rows(t)) {
                out[i] = true;
            }
        }
        return out;
    }

    /** The row of contact {@code id} in {@link #profiles()}, or -1. */
    public int row(long id) {
        Integer r = rows.get(id);
        return r == null ? -1 : r;
    }

    /** The distinct terms of {@code text}: the keys of {@link Terms#counts}, without counting them. */
    private static Set<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        Terms.each(text, terms::add);
        return Set.copyOf(terms);
    }

    /** How rare {@code term} is across the book's profiles (higher is rarer). */
    public double idf(String term) {
        return Terms.idf(Math.max(1, profiles.size()), vocabulary.frequency(term));
    }
}
