package dev.kith.network;

import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * The targets (people, organizations, industries or roles I want to meet) of one book row by row, as stored, for a backup and its restore: every column, codes as text,
 * nothing checked but by the schema. Rows are read in id order; an insert gives the row a new id (its
 * {@code id} is ignored) and returns it. Each call is one statement, joining the transaction open on
 * the calling thread. Thread-safe.
 */
public final class TargetRows {
    /**
     * A stored target; {@code kind} and {@code status} are codes; {@code contactId}, {@code name},
     * {@code organization}, {@code industry}, {@code role}, {@code note} and {@code askedOn} may be null.
     */
    public record Row(long id, String kind, Long contactId, String name, String organization, String industry,
                      String role, String note, String status, LocalDate createdOn, LocalDate askedOn) {
    }

    private final Database db;
    private final long book;

    public TargetRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every target of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM targets WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("kind"), Columns.nullableLong(rs, "contact_id"),
                        rs.getString("name"), rs.getString("organization"), rs.getString("industry"),
                        rs.getString("role"), rs.getString("note"), rs.getString("status"),
                        Columns.date(rs, "created_on"), Columns.date(rs, "asked_on")))
                .list());
    }

    /** Stores {@code row} as a new target and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO targets (book_id, kind, contact_id, name, organization, industry, role, note,
                            status, created_on, asked_on)
                        VALUES (:book, :kind, :contact, :name, :org, :industry, :role, :note, :status, :created,
                            :asked) RETURNING id""")
                .bind("book", book).bind("kind", row.kind()).bind("contact", row.contactId())
                .bind("name", row.name()).bind("org", row.organization())
                .bind("industry", row.industry()).bind("role", row.role()).bind("note", row.note())
                .bind("status", row.status()).bind("created", row.createdOn()).bind("asked", row.askedOn())
                .mapTo(Long.class).one());
    }
}
