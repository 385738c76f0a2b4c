package dev.kith.capture;

import dev.kith.store.Database;

/** The store of calendar capture: which meetings were captured, once each, and as which interaction. */
final class CalendarStore {
    private final Database db;
    private final long book;

    CalendarStore(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Whether the meeting keyed {@code key} (UID and RECURRENCE-ID) was captured before. */
    boolean seen(String key) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM calendar_meetings WHERE book_id = :book AND meeting_key = :key")
                .bind("book", book).bind("key", key).mapTo(Integer.class).one() > 0);
    }

    /** Records the meeting keyed {@code key} as captured, logged as {@code interactionId} (null: nobody in the book). */
    void record(String key, Long interactionId) {
        db.update(h -> h.createUpdate(
                        "INSERT INTO calendar_meetings (book_id, meeting_key, interaction_id) VALUES (:book, :key, :interaction)")
                .bind("book", book).bind("key", key).bind("interaction", interactionId).execute());
    }
}
