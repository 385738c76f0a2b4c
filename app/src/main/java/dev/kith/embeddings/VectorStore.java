package dev.kith.embeddings;

import dev.kith.book.Book;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored vectors of one book and model: the one class of this package with SQL on its own tables
 * ({@code profile_embeddings} by contact, {@code phrase_embeddings} and {@code text_embeddings} by the
 * text's hash). A vector is stored as {@link Vectors#bytes}; storing one replaces the old, in one upsert, so two
 * threads or processes storing the same vector at once do not collide (on PostgreSQL a delete-then-insert did:
 * the second insert met the first's uncommitted key). Thread-safe.
 */
final class VectorStore {
    private final Book book;
    private final String model;

    VectorStore(Book book, String model) {
        this.book = book;
        this.model = model;
    }

    /** The SHA-256 hex digest of {@code text}: the hash its vector is stored under. */
    static String hash(String text) {
        return hash(sha256(), text);
    }

    /** {@link #hash(String)} with a digest the caller reuses across many texts (one thread at a time). */
    static String hash(MessageDigest sha, String text) {
        return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One stored profile vector as read: its contact, the hash of its text and its stored bytes. */
    @FunctionalInterface
    interface ProfileRow {
        void accept(long contact, String textHash, byte[] vector);
    }

    /**
     * Every stored profile vector of the book, handed to {@code row} as read, undecoded: the caller
     * decodes only those it keeps, straight to where it keeps them ({@link Vectors#floatsInto}).
     */
    void eachProfile(ProfileRow row) {
        book.database().read(h -> {
            h.createQuery("SELECT contact_id, text_hash, vector FROM profile_embeddings WHERE book_id = :b AND model = :m")
                    .bind("b", book.id()).bind("m", model)
                    .map((rs, ctx) -> {
                        row.accept(rs.getLong(1), rs.getString(2), rs.getBytes(3));
                        return Boolean.TRUE;
                    })
                    .forEach(x -> { });
            return null;
        });
    }

    /** Stores the vectors of these contacts (parallel lists), in one transaction. */
    void putProfiles(List<Long> contacts, List<String> textHashes, List<float[]> vectors) {
        book.database().write(h -> {
            for (int k = 0; k < contacts.size(); k++) {
                h.createUpdate("INSERT INTO profile_embeddings (book_id, contact_id, model, text_hash, vector)"
                                + " VALUES (:b, :c, :m, :h, :v) ON CONFLICT (book_id, contact_id, model)"
                                + " DO UPDATE SET text_hash = excluded.text_hash, vector = excluded.vector")
                        .bind("b", book.id()).bind("c", contacts.get(k)).bind("m", model)
                        .bind("h", textHashes.get(k)).bind("v", Vectors.bytes(vectors.get(k))).execute();
            }
            return null;
        });
    }

    /** The stored vectors of the phrases with these hashes, by hash: looked up by key. */
    Map<String, float[]> phrases(Collection<String> hashes) {
        Map<String, float[]> out = new HashMap<>();
        if (hashes.isEmpty()) {
            return out;
        }
        book.database().read(h -> h.createQuery("SELECT phrase_hash, vector FROM phrase_embeddings"
                        + " WHERE book_id = :b AND model = :m AND phrase_hash IN (<hashes>)")
                .bind("b", book.id()).bind("m", model).bindList("hashes", List.copyOf(hashes))
                .map((rs, ctx) -> out.put(rs.getString(1), Vectors.floats(rs.getBytes(2)))).list());
        return out;
    }

    /** Every stored phrase vector of the book whose hash is in {@code wanted}, by hash: one scan. */
    Map<String, float[]> allPhrases(java.util.Set<String> wanted) {
        Map<String, float[]> out = new HashMap<>();
        book.database().read(h -> h.createQuery("SELECT phrase_hash, vector FROM phrase_embeddings"
                        + " WHERE book_id = :b AND model = :m").bind("b", book.id()).bind("m", model)
                .map((rs, ctx) -> {
                    if (wanted.contains(rs.getString(1))) {
                        out.put(rs.getString(1), Vectors.floats(rs.getBytes(2)));
                    }
                    return null;
                }).list());
        return out;
    }

    /** Stores the vectors of these phrase hashes (parallel lists), in one transaction. */
    void putPhrases(List<String> hashes, List<float[]> vectors) {
        book.database().write(h -> {
            for (int k = 0; k < hashes.size(); k++) {
                h.createUpdate("INSERT INTO phrase_embeddings (book_id, model, phrase_hash, vector) VALUES (:b, :m, :h, :v)"
                                + " ON CONFLICT (book_id, model, phrase_hash) DO UPDATE SET vector = excluded.vector")
                        .bind("b", book.id()).bind("m", model).bind("h", hashes.get(k))
                        .bind("v", Vectors.bytes(vectors.get(k))).execute();
            }
            return null;
        });
    }

    /** The stored vector of the query text with this hash. */
    Optional<float[]> text(String hash) {
        return book.database().read(h -> h.createQuery("SELECT vector FROM text_embeddings"
                        + " WHERE book_id = :b AND model = :m AND text_hash = :h")
                .bind("b", book.id()).bind("m", model).bind("h", hash).mapTo(byte[].class).findOne())
                .map(Vectors::floats);
    }

    /** Stores the vector of the query text with this hash. */
    void putText(String hash, float[] vector) {
        book.database().write(h -> {
            h.createUpdate("INSERT INTO text_embeddings (book_id, model, text_hash, vector) VALUES (:b, :m, :h, :v)"
                            + " ON CONFLICT (book_id, model, text_hash) DO UPDATE SET vector = excluded.vector")
                    .bind("b", book.id()).bind("m", model).bind("h", hash).bind("v", Vectors.bytes(vector)).execute();
            return null;
        });
    }
}
