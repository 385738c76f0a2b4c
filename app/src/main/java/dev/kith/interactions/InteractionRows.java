package dev.kith.interactions;

import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interactions tables of one book row by row, as stored, for a backup and its restore: every
 * column, codes as text, nothing checked but by the schema. Rows are read in id order; an insert gives
 * the row a new id (its {@code id} is ignored) and returns it. Each call is one statement, joining the
 * transaction open on the calling thread. Thread-safe.
 */
public final class InteractionRows {
    /** A stored interaction; {@code kind}, {@code initiator} and {@code exchange} are codes, {@code minutes} may be null. */
    public record Row(long id, LocalDate date, String kind, String initiator, Integer minutes, String summary,
                      String exchange, boolean awaitingReply) {
    }

    private final Database db;
    private final long book;

    public InteractionRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every interaction of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM interactions WHERE book_id = :book ORDER BY id")
                .bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), Columns.date(rs, "occurred_on"), rs.getString("kind"),
                        rs.getString("initiator"), Columns.nullableInt(rs, "duration_minutes"), rs.getString("summary"),
                        rs.getString("exchange"), rs.getBoolean("awaiting_reply")))
                .list());
    }

    /** The people of each interaction, by contact id, by interaction id. */
    public Map<Long, List<Long>> people() {
        return db.read(h -> {
            Map<Long, List<Long>> people = new HashMap<>();
            h.createQuery("SELECT interaction_id, contact_id FROM interaction_people WHERE book_id = :book"
                            + " ORDER BY interaction_id, contact_id").bind("book", book)
                    .map((rs, ctx) -> people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                    .list();
            return people;
        });
    }

    /** Stores {@code row} as a new interaction, as yet with nobody (see {@link #addPerson}), and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO interactions (book_id, occurred_on, kind, initiator, duration_minutes, summary,
                            exchange, awaiting_reply)
                        VALUES (:book, :date, :kind, :initiator, :minutes, :summary, :exchange, :awaiting)
                        RETURNING id""")
                .bind("book", book).bind("date", row.date()).bind("kind", row.kind())
                .bind("initiator", row.initiator()).bind("minutes", row.minutes())
                .bind("summary", row.summary()).bind("exchange", row.exchange())
                .bind("awaiting", row.awaitingReply()).mapTo(Long.class).one());
    }

    /** Adds contact {@code contactId} to the stored interaction {@code interactionId}. */
    public void addPerson(long interactionId, long contactId) {
        db.update(h -> h.createUpdate("""
                        INSERT INTO interaction_people (book_id, interaction_id, contact_id, occurred_on, kind,
                            initiator)
                        SELECT book_id, id, :c, occurred_on, kind, initiator FROM interactions
                        WHERE book_id = :book AND id = :i""")
                .bind("book", book).bind("i", interactionId).bind("c", contactId).execute());
    }
}
