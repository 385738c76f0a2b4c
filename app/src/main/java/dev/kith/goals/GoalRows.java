package dev.kith.goals;

import dev.kith.core.Text;
import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The goals of one book, their links and outcomes row by row, as stored, for a backup and its
 * restore: every column, codes as text, nothing checked but by the schema. Rows are read in id order
 * unless said otherwise; an insert gives the row a new id (its {@code id} is ignored) and returns it.
 * Each call is one statement, joining the transaction open on the calling thread. Thread-safe.
 */
public final class GoalRows {
    /**
     * A stored goal; {@code keywords} are in order (empty when none), {@code due} may be null, and the
     * closing ({@code closedOn}, {@code closedAs} as its code, {@code closedNote}) is null while open.
     */
    public record Row(long id, String title, List<String> keywords, LocalDate due, LocalDate createdOn,
                      LocalDate closedOn, String closedAs, String closedNote) {
        public Row {
            keywords = List.copyOf(keywords);
        }

        /** An open goal. */
        public Row(long id, String title, List<String> keywords, LocalDate due, LocalDate createdOn) {
            this(id, title, keywords, due, createdOn, null, null, null);
        }
    }

    /** A stored outcome of goal {@code goalId}. */
    public record OutcomeRow(long goalId, LocalDate date, String text) {
    }

    /** What a goal can be linked to: each kind of link is a table of its own. */
    public enum Link {
        CONTACTS("goal_contacts", "contact_id"),
        INTERACTIONS("goal_interactions", "interaction_id"),
        EVENTS("goal_events", "event_id");

        private final String table;
        private final String column;

        Link(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private final Database db;
    private final long book;

    public GoalRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every goal of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM goals WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    String keywords = rs.getString("keywords");
                    return new Row(rs.getLong("id"), rs.getString("title"),
                            keywords == null ? List.of() : List.of(keywords.split("\n")),
                            Columns.date(rs, "due_on"), Columns.date(rs, "created_on"),
                            Columns.date(rs, "closed_on"), rs.getString("closed_as"), rs.getString("closed_note"));
                })
                .list());
    }

    /** The ids each goal is linked to by {@code link}, in ascending order, by goal id; goals without are absent. */
    public Map<Long, List<Long>> links(Link link) {
        return db.read(h -> {
            Map<Long, List<Long>> byGoal = new HashMap<>();
            h.createQuery("SELECT goal_id, " + link.column + " FROM " + link.table + " WHERE book_id = :book"
                            + " ORDER BY goal_id, " + link.column)
                    .bind("book", book)
                    .map((rs, ctx) -> byGoal.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                    .list();
            return byGoal;
        });
    }

    /** Every outcome of the book, by goal id, then date, then id. */
    public List<OutcomeRow> outcomes() {
        return db.read(h -> h.createQuery("SELECT * FROM goal_outcomes WHERE book_id = :book ORDER BY goal_id, occurred_on, id")
                .bind("book", book)
                .map((rs, ctx) -> new OutcomeRow(rs.getLong("goal_id"), Columns.date(rs, "occurred_on"), rs.getString("text")))
                .list());
    }

    /** Stores {@code row} as a new goal (its title key derived) and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO goals (book_id, title, title_key, keywords, due_on, created_on, closed_on, closed_as,
                            closed_note)
                        VALUES (:book, :title, :key, :keywords, :due, :created, :closedOn, :closedAs, :closedNote)
                        RETURNING id""")
                .bind("book", book).bind("title", row.title()).bind("key", Text.key(row.title()))
                .bind("keywords", row.keywords().isEmpty() ? null : String.join("\n", row.keywords()))
                .bind("due", row.due()).bind("created", row.createdOn()).bind("closedOn", row.closedOn())
                .bind("closedAs", row.closedAs()).bind("closedNote", row.closedNote())
                .mapTo(Long.class).one());
    }

    /** Links goal {@code goalId} to the record {@code targetId} of {@code link}'s kind. */
    public void insertLink(Link link, long goalId, long targetId) {
        db.update(h -> h.createUpdate("INSERT INTO " + link.table + " (book_id, goal_id, " + link.column
                        + ") VALUES (:book, :goal, :target)")
                .bind("book", book).bind("goal", goalId).bind("target", targetId).execute());
    }

    /** Stores {@code outcome} as a new outcome of its goal. */
    public void insertOutcome(OutcomeRow outcome) {
        db.update(h -> h.createUpdate("INSERT INTO goal_outcomes (book_id, goal_id, occurred_on, text)"
                        + " VALUES (:book, :goal, :date, :text)")
                .bind("book", book).bind("goal", outcome.goalId()).bind("date", outcome.date())
                .bind("text", outcome.text()).execute());
    }
}
