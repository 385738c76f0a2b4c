package dev.kith.network;

import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * The ties of one book row by row, as stored, for a backup and its restore: every column, codes as text,
 * nothing checked but by the schema. Rows are read in id order; an insert gives the row a new id (its
 * {@code id} is ignored) and returns it. Each call is one statement, joining the transaction open on
 * the calling thread. Thread-safe.
 */
public final class TieRows {
    /** A stored tie from contact {@code fromId} to contact {@code toId}; {@code kind} and {@code source} are codes. */
    public record Row(long id, long fromId, long toId, String kind, LocalDate since, String source) {
    }

    private final Database db;
    private final long book;

    public TieRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every tie of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM ties WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getLong("from_id"), rs.getLong("to_id"),
                        rs.getString("kind"), Columns.date(rs, "since"), rs.getString("source")))
                .list());
    }

    /** Stores {@code row} as a new tie and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO ties (book_id, from_id, to_id, kind, since, source)
                        VALUES (:book, :from, :to, :kind, :since, :source) RETURNING id""")
                .bind("book", book).bind("from", row.fromId()).bind("to", row.toId()).bind("kind", row.kind())
                .bind("since", row.since()).bind("source", row.source())
                .mapTo(Long.class).one());
    }
}
