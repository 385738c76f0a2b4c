package dev.kith.embeddings;

import java.util.List;

/** Turns texts into unit-length vectors whose dot product is their cosine similarity. Thread-safe. */
public interface Embedder {
    /** The model's name, stored with each vector so that a change of model recomputes them. */
    String model();

    /** One unit-length vector per text, in order. */
    List<float[]> embedAll(List<String> texts);

    /** The unit-length vector of one text. */
    default float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }
}
