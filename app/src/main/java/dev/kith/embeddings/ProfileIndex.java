package dev.kith.embeddings;

import dev.kith.book.Book;
import dev.kith.core.Beside;
import dev.kith.store.Database;
import dev.kith.store.Stamps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every profile of a book ready for matching: the profiles, one row per profile in a flat
 * row-major {@code float[]} matrix of unit vectors (when the model loaded), and the TF-IDF term
 * vectors used for explanations and as the fallback similarity. Built once per book and reused
 * while the day and the {@linkplain Database#stamps change stamps} of what it reads ({@link #READS}) are
 * unchanged, on SQLite and PostgreSQL alike: logging an interaction does not rebuild it. Immutable.
 */
public final class ProfileIndex {
    /** Profiles embedded per model call. */
    private static final int BATCH = 64;
    /** The longest profile text embedded, in characters. */
    static final int MAX_CHARS = 1000;

    private record Entry(LocalDate today, Stamps stamps, String model, ProfileIndex index) {
    }

    /**
     * What an index reads, whose change stamps key the cache: the profiles' tables and the stored profile
     * vectors. Not interactions: logging one leaves the index as it is.
     */
    static final List<String> READS;

    /** The table of stored profile vectors, which a build writes when a vector is missing. */
    private static final String VECTORS = "profile_embeddings";

    static {
        List<String> reads = new ArrayList<>(Stamps.PROFILE);
        reads.add(VECTORS);
        READS = List.copyOf(reads);
    }

    /** Query vectors (article texts) by model and text hash: an article is embedded once per process. */
    private static final Map<String, float[]> QUERIES = new ConcurrentHashMap<>();
    private static final int MAX_QUERIES = 1024;

    private static final Map<Database, Map<Long, Entry>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** A build under way, of the index a reader with the same day, stamps and model would otherwise build again. */
    private record Building(LocalDate today, Stamps stamps, String model, CompletableFuture<ProfileIndex> index) {
        boolean serves(LocalDate day, Stamps now, String wanted) {
            return today.equals(day) && stamps.equals(now) && (wanted == null || model.equals(wanted));
        }
    }

    /** The builds under way, per database and book: a second reader waits for the first's instead of building too. */
    private static final Map<Database, Map<Long, Building>> BUILDING = Collections.synchronizedMap(new WeakHashMap<>());

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

    private ProfileIndex(List<Profile> profiles, List<String> texts, Embedder embedder, float[] matrix, int dimensions) {
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

    private static List<String> texts(List<Profile> profiles) {
        List<String> texts = new ArrayList<>(profiles.size());
        for (Profile p : profiles) {
            texts.add(p.text());
        }
        return texts;
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
        // named, not loaded: the model loads only if a vector is missing (see LocalModel.lazy)
        Embedder embedder = LocalModel.lazy().orElse(null);
        String model = embedder == null ? "lexical" : embedder.model();
        Database db = book.database();
        LocalDate today = book.clock().today();
        Map<Long, Entry> books = CACHE.computeIfAbsent(db, k -> new ConcurrentHashMap<>());
        Optional<Stamps> before = db.stamps(book.id(), READS);
        Entry entry = books.get(book.id());
        if (before.isPresent() && entry != null && entry.stamps().equals(before.get())
                && entry.today().equals(today) && entry.model().equals(model)) {
            return entry.index();
        }
        if (before.isEmpty()) {
            return build(book, db, today, embedder, model, before, books);
        }
        Map<Long, Building> building = BUILDING.computeIfAbsent(db, k -> new ConcurrentHashMap<>());
        Building mine = new Building(today, before.get(), model, new CompletableFuture<>());
        Building running = building.putIfAbsent(book.id(), mine);
        if (running != null) {
            return running.serves(today, before.get(), model) ? Beside.join(running.index())
                    : build(book, db, today, embedder, model, before, books);
        }
        try {
            ProfileIndex index = build(book, db, today, embedder, model, before, books);
            mine.index().complete(index);
            return index;
        } catch (RuntimeException | Error e) {
            mine.index().completeExceptionally(e);
            throw e;
        } finally {
            building.remove(book.id(), mine);
        }
    }

    /** Builds the index and keeps it (see {@link #of}). */
    private static ProfileIndex build(Book book, Database db, LocalDate today, Embedder embedder, String model,
                                      Optional<Stamps> before, Map<Long, Entry> books) {
        ProfileIndex index;
        try {
            index = forBook(book, today, embedder);
        } catch (LocalModel.Unavailable e) {
            index = forBook(book, today, null);
            model = "lexical";
        }
        // the build stores the vectors it had to compute: that change to the stored vectors is its own (a vector
        // is a function of the profile's text), so the index is kept under the stamps after it, as long as
        // nothing else it reads changed meanwhile
        Optional<Stamps> after = db.stamps(book.id(), READS);
        if (before.isPresent() && after.isPresent() && before.get().sameExcept(after.get(), List.of(VECTORS))) {
            books.put(book.id(), new Entry(today, after.get(), model, index));
        }
        return index;
    }

    /**
     * The index of {@code book} on {@code today} when one is kept and nothing it read changed since, else empty:
     * for a reader that wants the profiles (the same whatever the model) but should not pay for an index. An index
     * another thread is building for the same data is waited for.
     */
    public static Optional<ProfileIndex> cached(Book book, LocalDate today) {
        Database db = book.database();
        Optional<Stamps> now = db.stamps(book.id(), READS);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Entry> books = CACHE.get(db);
        Entry entry = books == null ? null : books.get(book.id());
        if (entry != null && entry.today().equals(today) && entry.stamps().equals(now.get())) {
            return Optional.of(entry.index());
        }
        // one being built for the same data is on its way: cheaper to wait for than to read the profiles again
        Map<Long, Building> building = BUILDING.get(db);
        Building running = building == null ? null : building.get(book.id());
        if (running != null && running.serves(today, now.get(), null)) {
            try {
                return Optional.of(Beside.join(running.index()));
            } catch (RuntimeException e) {
                return Optional.empty(); // its builder reports the failure
            }
        }
        return Optional.empty();
    }

    /** {@link #build} for {@code book}, whose query vectors it then stores and reuses (see {@link #similarities}). */
    static ProfileIndex forBook(Book book, LocalDate today, Embedder embedder) {
        ProfileIndex index = build(book, today, embedder);
        index.book = book;
        return index;
    }

    /** Builds the index without the cache: reads profiles and stored vectors, embeds what is missing or stale. */
    static ProfileIndex build(Book book, LocalDate today, Embedder embedder) {
        List<Profile> profiles = Profiles.load(book, today);
        List<String> texts = texts(profiles);
        if (embedder == null) {
            return new ProfileIndex(profiles, texts, null, null, 0);
        }
        VectorStore store = new VectorStore(book, embedder.model());
        List<String> hashes = new ArrayList<>(profiles.size());
        MessageDigest sha = sha256();
        Map<Long, Integer> rowOf = new HashMap<>(profiles.size() * 2);
        for (int i = 0; i < profiles.size(); i++) {
            hashes.add(HexFormat.of().formatHex(sha.digest(texts.get(i).getBytes(StandardCharsets.UTF_8))));
            rowOf.put(profiles.get(i).id(), i);
        }
        // the stored vectors still fresh (same text hash) go straight into the matrix, decoded once
        Matrix matrix = new Matrix(profiles.size());
        store.eachProfile((contact, textHash, bytes) -> {
            Integer row = rowOf.get(contact);
            if (row != null && textHash.equals(hashes.get(row))) {
                matrix.put(row, bytes);
            }
        });
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            if (!matrix.has(i)) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty() && LocalModel.NAME.equals(embedder.model()) && LocalModel.get().isEmpty()) {
            // the model is needed now and cannot load: lexical matching only, as without it
            return new ProfileIndex(profiles, texts, null, null, 0);
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<float[]> embedded = embedder.embedAll(batch.stream().map(i -> clip(texts.get(i))).toList());
            for (int k = 0; k < batch.size(); k++) {
                matrix.put(batch.get(k), embedded.get(k));
            }
            store.putProfiles(batch.stream().map(i -> profiles.get(i).id()).toList(),
                    batch.stream().map(hashes::get).toList(), embedded);
        }
        return new ProfileIndex(profiles, texts, embedder, matrix.rows(), matrix.dimensions());
    }

    /**
     * The row-major matrix of the profiles' vectors as it fills: made at the first vector's size, each
     * row written once, from stored bytes or from a vector just embedded.
     */
    private static final class Matrix {
        private final int size;
        private final boolean[] filled;
        private float[] rows;
        private int dimensions;

        Matrix(int size) {
            this.size = size;
            this.filled = new boolean[size];
        }

        boolean has(int row) {
            return filled[row];
        }

        /** Row {@code row} from its stored bytes; a vector of another size than the first is left out (embedded again). */
        void put(int row, byte[] stored) {
            if (rows != null && stored.length / 4 != dimensions) {
                return;
            }
            fit(stored.length / 4);
            Vectors.floatsInto(stored, rows, row * dimensions);
            filled[row] = true;
        }

        void put(int row, float[] vector) {
            fit(vector.length);
            System.arraycopy(vector, 0, rows, row * dimensions, dimensions);
            filled[row] = true;
        }

        private void fit(int length) {
            if (rows == null) {
                dimensions = length;
                rows = new float[size * length];
            } else if (length != dimensions) {
                throw new IllegalStateException("vectors of " + length + " and " + dimensions + " dimensions in one index");
            }
        }

        float[] rows() {
            return rows == null ? new float[0] : rows;
        }

        int dimensions() {
            return dimensions;
        }
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
        QUERIES.clear();
    }

    /** The first {@value #MAX_CHARS} characters: the model reads its first 128 tokens only, and long notes would cost tokenizing for nothing. */
    static String clip(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }

    /** A SHA-256 hex digest of {@code text}. */
    static String hash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
            float[] q = QUERIES.computeIfAbsent(embedder.model() + ":" + hash(text), k -> query(text));
            if (QUERIES.size() > MAX_QUERIES) {
                QUERIES.clear();
            }
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
        float[] q = QUERIES.computeIfAbsent(embedder.model() + ":" + hash(text), k -> query(text));
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

    /**
     * The vector of query {@code text}: stored in the book ({@code text_embeddings}) after it is first
     * embedded, so that another process (the next {@code kith today}) need not load the model for it.
     */
    private float[] query(String text) {
        if (book == null) {
            return embedder.embed(text);
        }
        String hash = hash(text);
        String model = embedder.model();
        VectorStore store = new VectorStore(book, model);
        java.util.Optional<float[]> stored = store.text(hash);
        if (stored.isPresent()) {
            return stored.get();
        }
        float[] v = embedder.embed(text);
        store.putText(hash, v);
        return v;
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
