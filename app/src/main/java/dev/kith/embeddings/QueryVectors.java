package dev.kith.embeddings;

import dev.kith.book.Book;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vectors of query texts (article texts), by model and text hash: embedded once per process and, for
 * an index of a book, stored in the book ({@code text_embeddings}) after they are first embedded, so that
 * another process (the next {@code kith today}) need not load the model for them. Thread-safe.
 */
final class QueryVectors {
    private static final Map<String, float[]> KEPT = new ConcurrentHashMap<>();
    /** How many vectors are kept in memory before they are all forgotten. */
    private static final int MAX = 1024;

    private QueryVectors() {
    }

    /** The vector of {@code text} by {@code embedder}: kept in memory, else stored in {@code book} (null: none), else embedded. */
    static float[] of(Book book, Embedder embedder, String text) {
        return KEPT.computeIfAbsent(embedder.model() + ":" + VectorStore.hash(text), k -> query(book, embedder, text));
    }

    /** Forgets every vector kept in memory once there are more than {@value #MAX}. */
    static void bound() {
        if (KEPT.size() > MAX) {
            KEPT.clear();
        }
    }

    /** Forgets the vectors kept in memory (tests: what a new process would see). */
    static void forget() {
        KEPT.clear();
    }

    private static float[] query(Book book, Embedder embedder, String text) {
        if (book == null) {
            return embedder.embed(text);
        }
        String hash = VectorStore.hash(text);
        VectorStore store = new VectorStore(book, embedder.model());
        Optional<float[]> stored = store.text(hash);
        if (stored.isPresent()) {
            return stored.get();
        }
        float[] v = embedder.embed(text);
        store.putText(hash, v);
        return v;
    }
}
