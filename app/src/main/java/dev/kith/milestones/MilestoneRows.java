package dev.kith.milestones;

import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * The milestones of one book row by row, as stored, for a backup and its restore: every column, codes as text,
 * nothing checked but by the schema. Rows are read in id order; an insert gives the row a new id (its
 * {@code id} is ignored) and returns it. Each call is one statement, joining the transaction open on
 * the calling thread. Thread-safe.
 */
public final class MilestoneRows {
    /** A stored milestone of contact {@code contactId}; {@code kind} is a code, {@code text} may be null. */
    public record Row(long id, long contactId, String kind, LocalDate date, String text, boolean acknowledged) {
    }

    private final Database db;
    private final long book;

    public MilestoneRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every milestone of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM milestones WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("kind"),
                        Columns.date(rs, "occurred_on"), rs.getString("text"), rs.getBoolean("acknowledged")))
                .list());
    }

    /** Stores {@code row} as a new milestone and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO milestones (book_id, contact_id, kind, occurred_on, text, acknowledged)
                        VALUES (:book, :contact, :kind, :date, :text, :ack) RETURNING id""")
                .bind("book", book).bind("contact", row.contactId()).bind("kind", row.kind())
                .bind("date", row.date()).bind("text", row.text()).bind("ack", row.acknowledged())
                .mapTo(Long.class).one());
    }
}
