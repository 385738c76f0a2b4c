package dev.kith.tasks;

import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * The tasks of one book row by row, as stored, for a backup and its restore: every column, codes as text,
 * nothing checked but by the schema. Rows are read in id order; an insert gives the row a new id (its
 * {@code id} is ignored) and returns it. Each call is one statement, joining the transaction open on
 * the calling thread. Thread-safe.
 */
public final class TaskRows {
    /** A stored task about contact {@code contactId}; {@code status} is a code, {@code due} and {@code note} may be null. */
    public record Row(long id, long contactId, String kind, LocalDate due, String status, String note) {
    }

    private final Database db;
    private final long book;

    public TaskRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every task of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM tasks WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("kind"),
                        Columns.date(rs, "due_on"), rs.getString("status"), rs.getString("note")))
                .list());
    }

    /** Stores {@code row} as a new task and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO tasks (book_id, contact_id, kind, due_on, status, note)
                        VALUES (:book, :contact, :kind, :due, :status, :note) RETURNING id""")
                .bind("book", book).bind("contact", row.contactId()).bind("kind", row.kind())
                .bind("due", row.due()).bind("status", row.status()).bind("note", row.note())
                .mapTo(Long.class).one());
    }
}
