package dev.kith.embeddings;

import dev.kith.book.Book;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stored vectors of short phrases (an interest, a tag, a clause of the notes), by phrase: read from the
 * book's {@code phrase_embeddings}, and only for phrases not stored yet is the model asked for (so loaded), their
 * vectors then stored. Without a model (disabled or unavailable) the answer is empty and callers compare words.
 */
public final class PhraseVectors {
    /** Phrases embedded per model call. */
    private static final int BATCH = 64;
    /** Up to this many phrases are looked up by key; more are found by reading the book's stored phrases once. */
    static final int LOOKUP_MAX = 200;

    private PhraseVectors() {
    }

    /** The vectors of {@code phrases} in {@code book}, loading the bundled model only if one is missing. */
    public static Map<String, float[]> of(Book book, Collection<String> phrases) {
        return of(book, phrases, LocalModel.NAME, LocalModel::get);
    }

    /**
     * The vectors of {@code phrases} stored for {@code model}; {@code embedder} is called (once) only when one is
     * missing. Returns an empty map when the model is disabled or cannot load and a vector is missing.
     */
    public static Map<String, float[]> of(Book book, Collection<String> phrases, String model,
                                          Supplier<Optional<Embedder>> embedder) {
        Map<String, float[]> out = new HashMap<>();
        if (phrases.isEmpty() || "lexical".equalsIgnoreCase(System.getProperty(LocalModel.DISABLE, ""))) {
            return out;
        }
        Map<String, String> byHash = new HashMap<>();
        for (String p : phrases) {
            byHash.put(VectorStore.hash(p), p);
        }
        // a few phrases (one profile's, for an article's reason): looked up by key; many (a whole book's): one scan
        List<String> hashes = List.copyOf(byHash.keySet());
        VectorStore store = new VectorStore(book, model);
        Map<String, float[]> stored = hashes.size() <= LOOKUP_MAX ? store.phrases(hashes) : store.allPhrases(byHash.keySet());
        stored.forEach((hash, vector) -> out.put(byHash.get(hash), vector));
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(phrases));
        missing.removeIf(out::containsKey);
        if (missing.isEmpty()) {
            return out;
        }
        Optional<Embedder> e = embedder.get();
        if (e.isEmpty()) {
            return Map.of();
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<float[]> vectors = e.get().embedAll(batch);
            store.putPhrases(batch.stream().map(VectorStore::hash).toList(), vectors);
            for (int k = 0; k < batch.size(); k++) {
                out.put(batch.get(k), vectors.get(k));
            }
        }
        return out;
    }
}
