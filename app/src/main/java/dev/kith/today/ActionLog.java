package dev.kith.today;

import dev.kith.store.Columns;
import dev.kith.store.Database;
import dev.kith.strength.TieStrengths;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was done, snoozed or skipped with each action of one book, keyed by action id: the store of
 * Today's own table, {@code today_actions}, and so the one class of this package with SQL. Its
 * public part serves a backup and its restore ({@link #rows}, {@link #insert}). Thread-safe.
 */
public final class ActionLog {
    /**
     * A stored entry as it is, for a backup: {@code status} is its code ({@code done}, {@code snoozed}
     * or {@code skipped}); {@code hiddenUntil} and {@code note} may be null.
     */
    public record Row(String actionId, String kind, String status, LocalDate actedOn, LocalDate hiddenUntil,
                      String note) {
    }

    enum Status { DONE, SNOOZED, SKIPPED }

    /**
     * The last thing done with an action; {@code hiddenUntil} is null for a done action (hidden for good);
     * {@code kind} its kind and {@code people} the contact ids it was about (empty for entries stored
     * before people were recorded, or restored from a backup).
     */
    record Entry(String actionId, String kind, Status status, LocalDate actedOn, LocalDate hiddenUntil,
                 java.util.Set<Long> people) {
        /** Whether the action stays out of the plan on {@code today}. */
        boolean hides(LocalDate today) {
            return status == Status.DONE || today.isBefore(hiddenUntil);
        }
    }

    private final Database db;
    private final long book;

    public ActionLog(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    Map<String, Entry> all() {
        return db.read(h -> {
            Map<String, Entry> entries = new HashMap<>();
            h.createQuery("SELECT action_id, kind, status, acted_on, hidden_until, people FROM today_actions"
                            + " WHERE book_id = :book")
                    .bind("book", book)
                    .map((rs, ctx) -> new Entry(rs.getString(1), rs.getString(2), Status.valueOf(rs.getString(3)
                            .toUpperCase(java.util.Locale.ROOT)), TieStrengths.date(rs.getString(4)),
                            TieStrengths.date(rs.getString(5)), people(rs.getString(6))))
                    .forEach(e -> entries.put(e.actionId(), e));
            return entries;
        });
    }

    /** Contact ids written as decimal numbers separated by spaces; empty for null or blank. */
    static java.util.Set<Long> people(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Set.of();
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (String id : text.strip().split(" +")) {
            ids.add(Long.parseLong(id));
        }
        return java.util.Set.copyOf(ids);
    }

    /** Records the latest status of an action about {@code people}, replacing any earlier one. */
    void record(String actionId, String kind, Status status, LocalDate actedOn, LocalDate hiddenUntil, String note,
                List<Person> people) {
        db.update(h -> {
            h.createUpdate("DELETE FROM today_actions WHERE book_id = :book AND action_id = :id")
                    .bind("book", book).bind("id", actionId).execute();
            h.createUpdate("""
                            INSERT INTO today_actions (book_id, action_id, kind, status, acted_on, hidden_until, note,
                                                       people)
                            VALUES (:book, :id, :kind, :status, :on, :until, :note, :people)""")
                    .bind("book", book).bind("id", actionId).bind("kind", kind)
                    .bind("status", status.name().toLowerCase(java.util.Locale.ROOT)).bind("on", actedOn)
                    .bind("until", hiddenUntil).bind("note", note == null || note.isBlank() ? null : note.strip())
                    .bind("people", String.join(" ", people.stream().map(p -> Long.toString(p.id())).toList()))
                    .execute();
        });
    }

    /** The distinct days on which at least one action was done, newest first. */
    List<LocalDate> doneDays() {
        return db.read(h -> h.createQuery("SELECT DISTINCT acted_on FROM today_actions WHERE book_id = :book"
                        + " AND status = 'done' ORDER BY acted_on DESC")
                .bind("book", book).map((rs, ctx) -> TieStrengths.date(rs.getString(1))).list());
    }

    /** Every entry of the book as stored, by day acted on, then action id. */
    public List<Row> rows() {
        return db.read(h -> h.createQuery("SELECT * FROM today_actions WHERE book_id = :book ORDER BY acted_on, action_id")
                .bind("book", book)
                .map((rs, ctx) -> new Row(rs.getString("action_id"), rs.getString("kind"), rs.getString("status"),
                        Columns.date(rs, "acted_on"), Columns.date(rs, "hidden_until"), rs.getString("note")))
                .list());
    }

    /** Stores {@code row} as it is (no note trimming); an action id already recorded is an error. */
    public void insert(Row row) {
        db.update(h -> h.createUpdate("""
                        INSERT INTO today_actions (book_id, action_id, kind, status, acted_on, hidden_until, note)
                        VALUES (:book, :action, :kind, :status, :acted, :hidden, :note)""")
                .bind("book", book).bind("action", row.actionId()).bind("kind", row.kind())
                .bind("status", row.status()).bind("acted", row.actedOn())
                .bind("hidden", row.hiddenUntil()).bind("note", row.note()).execute());
    }
}
