package dev.kith.network;

import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * The referral asks ("who should I meet about X?") of one book row by row, as stored, for a backup and its restore: every column, codes as text,
 * nothing checked but by the schema. Rows are read in id order; an insert gives the row a new id (its
 * {@code id} is ignored) and returns it. Each call is one statement, joining the transaction open on
 * the calling thread. Thread-safe.
 */
public final class AskRows {
    /** A stored ask of contact {@code contactId}; {@code targetId}, {@code answeredOn} and {@code suggestedId} may be null. */
    public record Row(long id, long contactId, String topic, Long targetId, LocalDate askedOn, LocalDate answeredOn,
                      Long suggestedId) {
    }

    private final Database db;
    private final long book;

    public AskRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every ask of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM asks WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("topic"),
                        Columns.nullableLong(rs, "target_id"), Columns.date(rs, "asked_on"),
                        Columns.date(rs, "answered_on"), Columns.nullableLong(rs, "suggested_id")))
                .list());
    }

    /** Stores {@code row} as a new ask and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO asks (book_id, contact_id, topic, target_id, asked_on, answered_on, suggested_id)
                        VALUES (:book, :contact, :topic, :target, :asked, :answered, :suggested) RETURNING id""")
                .bind("book", book).bind("contact", row.contactId()).bind("topic", row.topic())
                .bind("target", row.targetId()).bind("asked", row.askedOn()).bind("answered", row.answeredOn())
                .bind("suggested", row.suggestedId()).mapTo(Long.class).one());
    }
}
