package dev.kith.intros;

import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * The introductions of one book and their steps row by row, as stored, for a backup and its
 * restore: every column, codes as text, nothing checked but by the schema. Rows are read in id order
 * unless said otherwise; an insert gives the row a new id (its {@code id} is ignored) and returns it.
 * Each call is one statement, joining the transaction open on the calling thread. Thread-safe.
 */
public final class IntroRows {
    /** A stored introduction of contact {@code aId} to contact {@code bId}; {@code state} is a code, {@code why} and {@code outcome} may be null. */
    public record Row(long id, long aId, long bId, String why, String state, LocalDate startedOn, LocalDate updatedOn,
                      String outcome) {
    }

    /** A stored step of introduction {@code introId}; {@code step} is a code, {@code note} may be null. */
    public record StepRow(long introId, String step, LocalDate date, String note) {
    }

    private final Database db;
    private final long book;

    public IntroRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every introduction of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM intros WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getLong("a_id"), rs.getLong("b_id"), rs.getString("why"),
                        rs.getString("state"), Columns.date(rs, "started_on"), Columns.date(rs, "updated_on"),
                        rs.getString("outcome")))
                .list());
    }

    /** Every step of every introduction of the book, by id (the order they were taken). */
    public List<StepRow> steps() {
        return db.read(h -> h.createQuery("SELECT * FROM intro_steps WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new StepRow(rs.getLong("intro_id"), rs.getString("step"),
                        Columns.date(rs, "occurred_on"), rs.getString("note")))
                .list());
    }

    /** Stores {@code row} as a new introduction and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO intros (book_id, a_id, b_id, why, state, started_on, updated_on, outcome)
                        VALUES (:book, :a, :b, :why, :state, :started, :updated, :outcome) RETURNING id""")
                .bind("book", book).bind("a", row.aId()).bind("b", row.bId()).bind("why", row.why())
                .bind("state", row.state()).bind("started", row.startedOn())
                .bind("updated", row.updatedOn()).bind("outcome", row.outcome())
                .mapTo(Long.class).one());
    }

    /** Stores {@code step} as a new step of its introduction. */
    public void insertStep(StepRow step) {
        db.update(h -> h.createUpdate("INSERT INTO intro_steps (book_id, intro_id, step, occurred_on, note)"
                        + " VALUES (:book, :intro, :step, :date, :note)")
                .bind("book", book).bind("intro", step.introId()).bind("step", step.step())
                .bind("date", step.date()).bind("note", step.note()).execute());
    }
}
