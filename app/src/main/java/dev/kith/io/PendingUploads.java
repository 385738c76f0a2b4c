package dev.kith.io;

import dev.kith.store.Database;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The one upload of a book waiting between its dry run and "apply", kept in the database (not in a
 * server process, so that another process can apply it); a newer upload replaces it, and one older than
 * {@link #LIFETIME} has expired. Thread-safe.
 */
public final class PendingUploads {
    static final Duration LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final long book;
    private final InstantSource time;

    public PendingUploads(Database db, long book, InstantSource time) {
        this.db = db;
        this.book = book;
        this.time = time;
    }

    /** A file as uploaded, under a random id the page sends back to apply it. */
    public record Upload(String id, String fileName, byte[] content) {
    }

    /** Holds {@code content} (replacing any upload waiting) and returns its id. */
    public String hold(String fileName, byte[] content) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        db.update(h -> {
            h.createUpdate("DELETE FROM pending_imports WHERE book_id = :book").bind("book", book).execute();
            h.createUpdate("INSERT INTO pending_imports (book_id, upload_id, file_name, content, created_at)"
                            + " VALUES (:book, :id, :name, :content, :at)")
                    .bind("book", book).bind("id", id).bind("name", fileName).bind("content", content)
                    .bind("at", time.millis()).execute();
        });
        return id;
    }

    /** The upload with this id, no longer waiting; empty when there is none (taken, replaced or expired). */
    public Optional<Upload> take(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return db.write(h -> {
            Optional<Upload> upload = h.createQuery("SELECT upload_id, file_name, content FROM pending_imports"
                            + " WHERE book_id = :book AND upload_id = :id AND created_at >= :since")
                    .bind("book", book).bind("id", id).bind("since", time.millis() - LIFETIME.toMillis())
                    .map((rs, ctx) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3))).findOne();
            if (upload.isPresent()) {
                h.createUpdate("DELETE FROM pending_imports WHERE book_id = :book").bind("book", book).execute();
            }
            return upload;
        });
    }
}
