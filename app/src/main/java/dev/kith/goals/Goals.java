package dev.kith.goals;

import dev.kith.core.Dates;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.ByName;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The networking goals of one book: links to people, interactions and events, outcomes, and the report. Thread-safe. */
public final class Goals implements dev.kith.core.ContactReferences {
    private static final RowMapper<Goal> MAPPER = (rs, ctx) -> {
        String keywords = rs.getString("keywords");
        String closedAs = rs.getString("closed_as");
        return new Goal(rs.getLong("id"), rs.getString("title"),
                keywords == null ? List.of() : Arrays.asList(keywords.split("\n")),
                Dates.stored(rs.getString("due_on")), Dates.stored(rs.getString("created_on")),
                Dates.stored(rs.getString("closed_on")),
                closedAs == null ? null : GoalClosing.parse("closed_as", closedAs), rs.getString("closed_note"));
    };

    private final Database db;
    private final long book;
    private final KithClock clock;

    /** Records linked to a goal in one request: a long list of people is fine, an unbounded one is not. */
    static final int MAX_LINKS = 1_000;

    public Goals(Database db, long book, KithClock clock) {
        this.db = db;
        this.book = book;
        this.clock = clock;
    }

    /** Adds a goal; a title already used in this book is a {@link ValidationException}. */
    public Goal add(String title, List<String> keywords, LocalDate due) {
        dev.kith.core.Limits.list("keywords", keywords, dev.kith.core.Limits.LIST);
        String clean = Text.blankToNull(title);
        if (clean == null) {
            throw new ValidationException("title", "must not be blank");
        }
        if (clean.length() > 200) {
            throw new ValidationException("title", "must be at most 200 characters");
        }
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String k : keywords == null ? List.<String>of() : keywords) {
            for (String part : k.split(",")) {
                String w = Text.blankToNull(part);
                if (w != null) {
                    if (w.length() > 60) {
                        throw new ValidationException("keywords", "a keyword must be at most 60 characters: '" + w + "'");
                    }
                    words.add(w);
                }
            }
        }
        return db.write(h -> {
            int taken = h.createQuery("SELECT count(*) FROM goals WHERE book_id = :book AND title_key = :key")
                    .bind("book", book).bind("key", Text.key(clean)).mapTo(Integer.class).one();
            if (taken > 0) {
                throw new ValidationException("title", "a goal titled '" + clean + "' already exists");
            }
            long id = h.createQuery("INSERT INTO goals (book_id, title, title_key, keywords, due_on, created_on)"
                            + " VALUES (:book, :title, :key, :keywords, :due, :today) RETURNING id")
                    .bind("book", book).bind("title", clean).bind("key", Text.key(clean))
                    .bind("keywords", words.isEmpty() ? null : String.join("\n", words)).bind("due", due)
                    .bind("today", clock.today()).mapTo(Long.class).one();
            return get(id);
        });
    }

    public Goal get(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM goals WHERE book_id = :book AND id = :id")
                .bind("book", book).bind("id", id).map(MAPPER).findOne())
                .orElseThrow(() -> new NotFoundException("no goal with id " + id));
    }

    /** The goal {@code text} names: an id, the exact title, or a unique prefix of it. */
    public Goal resolve(String text) {
        return get(ByName.resolve(db, book, "goals", "title", "title_key", "goal", text));
    }

    /** Every goal, oldest first. */
    public List<Goal> list() {
        return db.read(h -> h.createQuery("SELECT * FROM goals WHERE book_id = :book ORDER BY id")
                .bind("book", book).map(MAPPER).list());
    }

    /** Links contacts to a goal; links already there are kept. */
    public void linkContacts(long goalId, List<Long> contactIds) {
        link(goalId, "goal_contacts", "contact_id", "contacts", contactIds);
    }

    /** Links interactions to a goal: their time counts towards it. */
    public void linkInteractions(long goalId, List<Long> interactionIds) {
        link(goalId, "goal_interactions", "interaction_id", "interactions", interactionIds);
    }

    /** Links events to a goal. */
    public void linkEvents(long goalId, List<Long> eventIds) {
        link(goalId, "goal_events", "event_id", "events", eventIds);
    }

    private void link(long goalId, String table, String column, String target, List<Long> ids) {
        dev.kith.core.Limits.list(target, ids, MAX_LINKS);
        db.update(h -> {
            get(goalId);
            for (long id : new LinkedHashSet<>(ids)) {
                int known = h.createQuery("SELECT count(*) FROM " + target + " WHERE book_id = :book AND id = :id")
                        .bind("book", book).bind("id", id).mapTo(Integer.class).one();
                if (known == 0) {
                    throw new ValidationException(column.replace("_id", ""), "no " + column.replace("_id", "")
                            + " with id " + id);
                }
                int linked = h.createQuery("SELECT count(*) FROM " + table + " WHERE book_id = :book AND goal_id = :goal"
                                + " AND " + column + " = :id")
                        .bind("book", book).bind("goal", goalId).bind("id", id).mapTo(Integer.class).one();
                if (linked == 0) {
                    h.createUpdate("INSERT INTO " + table + " (book_id, goal_id, " + column + ") VALUES (:book, :goal, :id)")
                            .bind("book", book).bind("goal", goalId).bind("id", id).execute();
                }
            }
        });
    }

    /**
     * Closes goal {@code goalId} today as {@code how} (achieved or dropped) with an optional
     * {@code note}: it no longer ranks anyone higher in Today. Closing a closed goal again is a
     * {@link ValidationException}.
     */
    public Goal close(long goalId, GoalClosing how, String note) {
        java.util.Objects.requireNonNull(how, "how");
        String clean = Text.blankToNull(note);
        if (clean != null) {
            dev.kith.core.Limits.text("note", clean, dev.kith.core.Limits.LONG_TEXT);
        }
        return db.write(h -> {
            Goal g = get(goalId);
            if (g.closed()) {
                throw new ValidationException("goal", "'" + g.title() + "' was already closed on " + g.closedOn());
            }
            h.createUpdate("UPDATE goals SET closed_on = :today, closed_as = :how, closed_note = :note"
                            + " WHERE book_id = :book AND id = :id")
                    .bind("today", clock.today()).bind("how", how.code()).bind("note", clean)
                    .bind("book", book).bind("id", goalId).execute();
            return get(goalId);
        });
    }

    /** Opens closed goal {@code goalId} again; an open goal is left as it is. */
    public Goal reopen(long goalId) {
        return db.write(h -> {
            get(goalId);
            h.createUpdate("UPDATE goals SET closed_on = NULL, closed_as = NULL, closed_note = NULL"
                            + " WHERE book_id = :book AND id = :id")
                    .bind("book", book).bind("id", goalId).execute();
            return get(goalId);
        });
    }

    /** Records what came of a goal, on {@code date} (default today; not in the future). */
    public Outcome outcome(long goalId, String text, LocalDate date) {
        String clean = Text.blankToNull(text);
        if (clean == null) {
            throw new ValidationException("text", "say what came of it");
        }
        dev.kith.core.Limits.text("text", clean, dev.kith.core.Limits.LONG_TEXT);
        LocalDate today = clock.today();
        if (date != null && date.isAfter(today)) {
            throw new ValidationException("date", "an outcome cannot be in the future (today is " + today + "), not " + date);
        }
        LocalDate day = date == null ? today : date;
        return db.write(h -> {
            get(goalId);
            long id = h.createQuery("INSERT INTO goal_outcomes (book_id, goal_id, occurred_on, text)"
                            + " VALUES (:book, :goal, :date, :text) RETURNING id")
                    .bind("book", book).bind("goal", goalId).bind("date", day).bind("text", clean)
                    .mapTo(Long.class).one();
            return new Outcome(id, goalId, day, clean);
        });
    }

    /** The outcomes of a goal, oldest first. */
    public List<Outcome> outcomes(long goalId) {
        return db.read(h -> h.createQuery("SELECT * FROM goal_outcomes WHERE book_id = :book AND goal_id = :goal"
                        + " ORDER BY occurred_on, id")
                .bind("book", book).bind("goal", goalId)
                .map((rs, ctx) -> new Outcome(rs.getLong("id"), goalId, Dates.stored(rs.getString("occurred_on")),
                        rs.getString("text"))).list());
    }

    /** The ids of the contacts linked to a goal. */
    public List<Long> contacts(long goalId) {
        return ids("SELECT contact_id FROM goal_contacts WHERE book_id = :book AND goal_id = :goal ORDER BY contact_id",
                goalId);
    }

    /** The report of every goal, oldest first. */
    public List<GoalReport> report() {
        return list().stream().map(this::report).toList();
    }

    /** The report of one goal. */
    public GoalReport report(long goalId) {
        return report(get(goalId));
    }

    private GoalReport report(Goal goal) {
        return db.read(h -> {
            int[] totals = new int[4]; // interactions, minutes, gave, asked
            h.createQuery("""
                            SELECT i.kind, i.duration_minutes, i.exchange FROM goal_interactions g
                            JOIN interactions i ON i.book_id = g.book_id AND i.id = g.interaction_id
                            WHERE g.book_id = :book AND g.goal_id = :goal""")
                    .bind("book", book).bind("goal", goal.id())
                    .map((rs, ctx) -> {
                        int m = rs.getInt(2);
                        Integer minutes = rs.wasNull() ? null : m;
                        totals[0]++;
                        totals[1] += TimeDefaults.minutes(InteractionKind.parse("kind", rs.getString(1)), minutes);
                        String exchange = rs.getString(3);
                        if (Exchange.GAVE.code().equals(exchange)) {
                            totals[2]++;
                        } else if (Exchange.ASKED.code().equals(exchange)) {
                            totals[3]++;
                        }
                        return 0;
                    }).list();
            Map<Long, GoalReport.Participant> people = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT c.id, c.display_name FROM contacts c WHERE c.book_id = :book AND c.id IN (
                                SELECT contact_id FROM goal_contacts WHERE book_id = :book AND goal_id = :goal
                                UNION
                                SELECT p.contact_id FROM goal_interactions g
                                JOIN interaction_people p ON p.book_id = g.book_id AND p.interaction_id = g.interaction_id
                                WHERE g.book_id = :book AND g.goal_id = :goal)
                            ORDER BY c.name_key, c.id""")
                    .bind("book", book).bind("goal", goal.id())
                    .map((rs, ctx) -> people.put(rs.getLong(1), new GoalReport.Participant(rs.getLong(1), rs.getString(2))))
                    .list();
            List<Long> events = ids("SELECT event_id FROM goal_events WHERE book_id = :book AND goal_id = :goal"
                    + " ORDER BY event_id", goal.id());
            List<Outcome> outcomes = outcomes(goal.id());
            double hours = Math.round(totals[1] / 6.0) / 10.0;
            Double perHour = totals[1] == 0 ? null : Math.round(outcomes.size() * 60.0 / totals[1] * 100) / 100.0;
            String flag = outcomes.isEmpty() && totals[1] >= GoalReport.FLAG_HOURS * 60
                    ? "worth it? " + hours + " hours spent and no outcome yet" : null;
            return new GoalReport(goal, goal.active(clock.today()), totals[0], totals[1], hours,
                    new ArrayList<>(people.values()), totals[2], totals[3], events, outcomes, perHour, flag);
        });
    }

    private List<Long> ids(String sql, long goalId) {
        return db.read(h -> h.createQuery(sql).bind("book", book).bind("goal", goalId).mapTo(Long.class).list());
    }

    /** Active goals with the contacts linked to each; for ranking. */
    Map<Goal, List<Long>> active(Handle h, LocalDate today) {
        Map<Goal, List<Long>> out = new LinkedHashMap<>();
        for (Goal g : h.createQuery("SELECT * FROM goals WHERE book_id = :book ORDER BY id").bind("book", book)
                .map(MAPPER).list()) {
            if (g.active(today)) {
                out.put(g, h.createQuery("SELECT contact_id FROM goal_contacts WHERE book_id = :book AND goal_id = :goal")
                        .bind("book", book).bind("goal", g.id()).mapTo(Long.class).list());
            }
        }
        return out;
    }

    long book() {
        return book;
    }

    Database database() {
        return db;
    }

    /** Moves this feature's rows from contact {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        db.update(h -> {
            dev.kith.store.Repoint.column(h, book, "goal_contacts", "contact_id", kept, gone, "goal_id");
        });
    }
}
