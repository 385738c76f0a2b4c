package dev.kith.embeddings;

import dev.kith.book.Book;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ProfileIndex} without the cache: reads the book's profiles and their stored vectors and
 * embeds (and stores) those missing or stale, a batch at a time. Stateless and thread-safe.
 */
final class ProfileIndexBuilder {
    /** Profiles embedded per model call. */
    private static final int BATCH = 64;
    /** The longest profile text embedded, in characters. */
    static final int MAX_CHARS = 1000;

    private ProfileIndexBuilder() {
    }

    /** The index of {@code book} on {@code today}; without an embedder (or a model that cannot load), lexical only. */
    static ProfileIndex build(Book book, LocalDate today, Embedder embedder) {
        List<Profile> profiles = Profiles.load(book, today);
        List<String> texts = texts(profiles);
        if (embedder == null) {
            return new ProfileIndex(profiles, texts, null, null, 0);
        }
        VectorStore store = new VectorStore(book, embedder.model());
        List<String> hashes = new ArrayList<>(profiles.size());
        MessageDigest sha = VectorStore.sha256();
        Map<Long, Integer> rowOf = new HashMap<>(profiles.size() * 2);
        for (int i = 0; i < profiles.size(); i++) {
            hashes.add(VectorStore.hash(sha, texts.get(i)));
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

    private static List<String> texts(List<Profile> profiles) {
        List<String> texts = new ArrayList<>(profiles.size());
        for (Profile p : profiles) {
            texts.add(p.text());
        }
        return texts;
    }

    /** The first {@value #MAX_CHARS} characters: the model reads its first 128 tokens only, and long notes would cost tokenizing for nothing. */
    static String clip(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
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
}
