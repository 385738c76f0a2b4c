package dev.kith.capture;

import dev.kith.store.Database;
import java.util.List;

/** The store of LinkedIn message capture: which messages were captured, and as which interaction. */
final class LinkedInStore {
    private final Database db;
    private final long book;

    LinkedInStore(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    boolean seen(String key) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM linkedin_messages WHERE book_id = :book AND message_key = :key")
                .bind("book", book).bind("key", key).mapTo(Integer.class).one() > 0);
    }

    void record(String key, String conversation, boolean mine, Long interactionId) {
        db.update(h -> h.createUpdate("""
                        INSERT INTO linkedin_messages (book_id, message_key, conversation_id, mine, interaction_id)
                        VALUES (:book, :key, :conversation, :mine, :interaction)""")
                .bind("book", book).bind("key", key).bind("conversation", conversation).bind("mine", mine)
                .bind("interaction", interactionId).execute());
    }

    /** The interactions logged for their messages in {@code conversation}, oldest first. */
    List<Long> theirInteractions(String conversation) {
        return db.read(h -> h.createQuery("""
                        SELECT interaction_id FROM linkedin_messages
                        WHERE book_id = :book AND conversation_id = :conversation AND mine = :no
                          AND interaction_id IS NOT NULL ORDER BY interaction_id""")
                .bind("book", book).bind("conversation", conversation).bind("no", false).mapTo(Long.class).list());
    }
}
