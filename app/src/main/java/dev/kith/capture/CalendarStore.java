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

    /** Whether the meeting keyed {@code key} was captured before with nobody in the book (no interaction). */
    boolean seenWithNobody(String key) {
        return db.read(h -> h.createQuery("""
                        SELECT count(*) FROM calendar_meetings
                        WHERE book_id = :book AND meeting_key = :key AND interaction_id IS NULL""")
                .bind("book", book).bind("key", key).mapTo(Integer.class).one() > 0);
    }

    /** Sets the interaction of the meeting keyed {@code key}, captured before with nobody in the book. */
    void logged(String key, long interactionId) {
        db.update(h -> h.createUpdate("""
                        UPDATE calendar_meetings SET interaction_id = :interaction
                        WHERE book_id = :book AND meeting_key = :key AND interaction_id IS NULL""")
                .bind("book", book).bind("key", key).bind("interaction", interactionId).execute());
    }

    /** Records the meeting keyed {@code key} as captured, logged as {@code interactionId} (null: nobody in the book). */
    void record(String key, Long interactionId) {
        db.update(h -> h.createUpdate(
                        "INSERT INTO calendar_meetings (book_id, meeting_key, interaction_id) VALUES (:book, :key, :interaction)")
                .bind("book", book).bind("key", key).bind("interaction", interactionId).execute());
    }

    /** A person met in a past meeting: address, calendar name, meetings, first and last (epoch seconds). */
    record Met(String email, String name, int meetings, long firstSeen, long lastSeen) {
    }

    /**
     * Counts a past meeting at {@code at} with {@code email} (lower case), called {@code name} (may be null);
     * true when this is the first meeting with them.
     */
    boolean met(String email, String name, long at) {
        return db.write(h -> {
            int updated = h.createUpdate("""
                            UPDATE calendar_people SET meetings = meetings + 1, name = coalesce(:name, name),
                                first_seen = CASE WHEN :at < first_seen THEN :at ELSE first_seen END,
                                last_seen = CASE WHEN :at > last_seen THEN :at ELSE last_seen END
                            WHERE book_id = :book AND email_key = :email""")
                    .bind("book", book).bind("email", email).bind("name", name).bind("at", at).execute();
            if (updated == 0) {
                h.createUpdate("""
                                INSERT INTO calendar_people (book_id, email_key, name, meetings, first_seen, last_seen)
                                VALUES (:book, :email, :name, 1, :at, :at)""")
                        .bind("book", book).bind("email", email).bind("name", name).bind("at", at).execute();
            }
            return updated == 0;
        });
    }

    /** Everyone met in past meetings but those ignored in the inbox, most recent first. */
    java.util.List<Met> met() {
        return db.read(h -> h.createQuery("""
                        SELECT email_key, name, meetings, first_seen, last_seen FROM calendar_people p
                        WHERE book_id = :book
                          AND email_key NOT IN (SELECT email_key FROM mail_ignored WHERE book_id = :book)
                        ORDER BY last_seen DESC, email_key""")
                .bind("book", book)
                .map((rs, ctx) -> new Met(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)))
                .list());
    }

    /** Whether {@code email} was met in a captured meeting. */
    boolean metWith(String email) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM calendar_people WHERE book_id = :book AND email_key = :email")
                .bind("book", book).bind("email", email).mapTo(Integer.class).one() > 0);
    }
}
