package dev.kith.today;

import dev.kith.store.Database;
import dev.kith.strength.TieStrengths;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What was done, snoozed or skipped with each action of one book, keyed by action id. Thread-safe. */
final class ActionLog {
    enum Status { DONE, SNOOZED, SKIPPED }

    /** The last thing done with an action; {@code hiddenUntil} is null for a done action (hidden for good). */
    record Entry(String actionId, Status status, LocalDate actedOn, LocalDate hiddenUntil) {
        /** Whether the action stays out of the plan on {@code today}. */
        boolean hides(LocalDate today) {
            return status == Status.DONE || today.isBefore(hiddenUntil);
        }
    }

    private final Database db;
    private final long book;

    ActionLog(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    Map<String, Entry> all() {
        return db.read(h -> {
            Map<String, Entry> entries = new HashMap<>();
            h.createQuery("SELECT action_id, status, acted_on, hidden_until FROM today_actions WHERE book_id = :book")
                    .bind("book", book)
                    .map((rs, ctx) -> new Entry(rs.getString(1), Status.valueOf(rs.getString(2).toUpperCase(
                            java.util.Locale.ROOT)), TieStrengths.date(rs.getString(3)), TieStrengths.date(rs.getString(4))))
                    .forEach(e -> entries.put(e.actionId(), e));
            return entries;
        });
    }

    /** Records the latest status of an action, replacing any earlier one. */
    void record(String actionId, String kind, Status status, LocalDate actedOn, LocalDate hiddenUntil, String note) {
        db.update(h -> {
            h.createUpdate("DELETE FROM today_actions WHERE book_id = :book AND action_id = :id")
                    .bind("book", book).bind("id", actionId).execute();
            h.createUpdate("""
                            INSERT INTO today_actions (book_id, action_id, kind, status, acted_on, hidden_until, note)
                            VALUES (:book, :id, :kind, :status, :on, :until, :note)""")
                    .bind("book", book).bind("id", actionId).bind("kind", kind)
                    .bind("status", status.name().toLowerCase(java.util.Locale.ROOT)).bind("on", actedOn)
                    .bind("until", hiddenUntil).bind("note", note == null || note.isBlank() ? null : note.strip())
                    .execute();
        });
    }

    /** The distinct days on which at least one action was done, newest first. */
    List<LocalDate> doneDays() {
        return db.read(h -> h.createQuery("SELECT DISTINCT acted_on FROM today_actions WHERE book_id = :book"
                        + " AND status = 'done' ORDER BY acted_on DESC")
                .bind("book", book).map((rs, ctx) -> TieStrengths.date(rs.getString(1))).list());
    }
}
