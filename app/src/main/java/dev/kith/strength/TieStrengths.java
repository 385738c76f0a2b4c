package dev.kith.strength;

import dev.kith.core.Coded;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Tie strengths of the contacts of one book, read from the database in bulk: one query over the
 * contacts and one aggregate per contact over {@code interaction_people} (an index-only scan, no
 * join), whatever the size of the book. Thread-safe.
 */
public final class TieStrengths {
    /** Contact ids per query when reading histories. */
    private static final int CHUNK = 500;

    private final Database db;
    private final long book;

    public TieStrengths(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** One book's strengths on one day, as of the change stamps of what they read. */
    private record Cached(long book, LocalDate today, dev.kith.store.Stamps stamps, Map<Long, TieStrength> strengths) {
    }

    /** What {@link #all} reads: the contacts (when first met) and the interactions' people. */
    private static final List<String> READS = List.of("contacts", "interaction_people");

    /**
     * The last whole-book result per database, reused while nothing was committed: Today's kinds,
     * the introduction graph and the suggestions each ask for every strength in one run. Keyed on the
     * change stamps of {@link #READS} (which carry the book); inside a transaction every call computes afresh.
     */
    private static final Map<Database, Cached> LAST = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The strength of every contact of the book on {@code today}; a contact without interactions scores
     * by history only. Unmodifiable.
     */
    public Map<Long, TieStrength> all(LocalDate today) {
        java.util.Optional<dev.kith.store.Stamps> stamps = db.stamps(book, READS);
        if (stamps.isPresent()) {
            Cached last = LAST.get(db);
            if (last != null && last.book() == book && last.today().equals(today)
                    && last.stamps().equals(stamps.get())) {
                return last.strengths();
            }
        }
        Map<Long, TieStrength> strengths = Map.copyOf(db.read(h -> score(h, today, null, countedBefore(today))));
        stamps.ifPresent(s -> LAST.put(db, new Cached(book, today, s, strengths)));
        return strengths;
    }

    /** The strength of one contact on {@code today}; zero parts when the contact is not in this book. */
    public TieStrength of(long contactId, LocalDate today) {
        return db.read(h -> score(h, today, contactId, null)).getOrDefault(contactId, TieStrength.none(contactId));
    }

    /**
     * What a day's plan needs of one contact's interactions on or before that day: their strength
     * counts, and the day of the last lunch or coffee (null when none).
     */
    public record Activity(StrengthCounts counts, LocalDate lastMeal) {
    }

    /**
     * The {@link Activity} on {@code today} of every contact with interactions on or before it, by id;
     * contacts without any are absent. One index-only aggregate over {@code interaction_people}, the
     * costliest read of a plan: a caller may run it on a thread of its own. Not cached.
     */
    public Map<Long, Activity> activity(LocalDate today) {
        java.util.Optional<dev.kith.store.Stamps> stamps = db.stamps(book, COUNTS_READ);
        Map<Long, Activity> result = db.read(h -> {
            Map<String, LocalDate> dates = new HashMap<>();
            Map<Long, Activity> activity = new HashMap<>();
            int meal = COUNTS_COLUMNS + 2;
            var q = h.createQuery("SELECT contact_id, " + COUNTS_SQL
                    + ", max(occurred_on) FILTER (WHERE kind IN ('lunch', 'coffee')) FROM interaction_people"
                    + " WHERE book_id = :book AND occurred_on <= :today GROUP BY contact_id").bind("book", book);
            bindWindows(q, today);
            q.map((rs, ctx) -> activity.put(rs.getLong(1), new Activity(counts(rs, 2, dates),
                    date(rs.getString(meal))))).forEach(x -> { });
            return activity;
        });
        // the same counts as all()'s aggregate: kept, so that all() on the same day and data need not run it again
        stamps.ifPresent(s -> COUNTED.put(db, new Counted(book, today, s, result)));
        return result;
    }

    /** What the per-contact counts read: the people rows of the interactions alone. */
    private static final List<String> COUNTS_READ = List.of("interaction_people");

    /** The counts of the last {@link #activity} per database, with the day and the stamps they were read at. */
    private record Counted(long book, LocalDate today, dev.kith.store.Stamps stamps, Map<Long, Activity> activity) {
    }

    private static final Map<Database, Counted> COUNTED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The counts of every contact on {@code today} as the last {@link #activity} of this book read them, when
     * nothing they read changed since (stamps read before the aggregate, so a change during it is seen); else null.
     */
    private Map<Long, StrengthCounts> countedBefore(LocalDate today) {
        Counted c = COUNTED.get(db);
        if (c == null || c.book() != book || !c.today().equals(today)) {
            return null;
        }
        java.util.Optional<dev.kith.store.Stamps> now = db.stamps(book, COUNTS_READ);
        if (now.isEmpty() || !now.get().equals(c.stamps())) {
            return null;
        }
        Map<Long, StrengthCounts> out = new HashMap<>(c.activity().size() * 2);
        c.activity().forEach((id, a) -> out.put(id, a.counts()));
        return out;
    }

    /**
     * The whole history on or before {@code today} of each contact of {@code contactIds}, tallied row by
     * row (what {@link StrengthTally#scoreAtLastContact} needs), by id; contacts without interactions are
     * absent. One query per {@value #CHUNK} contacts.
     */
    public Map<Long, StrengthTally> histories(List<Long> contactIds, LocalDate today) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        return db.read(h -> {
            Map<String, LocalDate> dates = new HashMap<>();
            Map<Long, StrengthTally> tallies = new HashMap<>();
            for (int from = 0; from < contactIds.size(); from += CHUNK) {
                h.createQuery("SELECT contact_id, occurred_on, kind, initiator FROM interaction_people"
                                + " WHERE book_id = :book AND contact_id IN (<ids>) AND occurred_on <= :today")
                        .bind("book", book).bind("today", today)
                        .bindList("ids", contactIds.subList(from, Math.min(contactIds.size(), from + CHUNK)))
                        .map((rs, ctx) -> {
                            tallies.computeIfAbsent(rs.getLong(1), k -> new StrengthTally()).add(
                                    dates.computeIfAbsent(rs.getString(2), TieStrengths::date),
                                    kind(rs.getString(3)), initiator(rs.getString(4)));
                            return null;
                        }).forEach(x -> { });
            }
            return tallies;
        });
    }

    /** The strengths on {@code today} (of {@code only}, or every contact), from {@code counted} when not null. */
    private Map<Long, TieStrength> score(Handle h, LocalDate today, Long only, Map<Long, StrengthCounts> counted) {
        String filter = only == null ? "" : " AND id = :only";
        Map<Long, LocalDate> known = new HashMap<>();
        var contacts = h.createQuery("SELECT id, first_met, created_on FROM contacts WHERE book_id = :book" + filter)
                .bind("book", book);
        if (only != null) {
            contacts.bind("only", only);
        }
        contacts.map((rs, ctx) -> {
            LocalDate met = date(rs.getString(2));
            LocalDate created = date(rs.getString(3));
            return known.put(rs.getLong(1), met != null && (created == null || met.isBefore(created)) ? met : created);
        }).list();
        Map<Long, StrengthCounts> counts = counted != null ? counted : new HashMap<>();
        if (counted == null) {
            var q = h.createQuery("SELECT contact_id, " + COUNTS_SQL + " FROM interaction_people"
                    + " WHERE book_id = :book AND occurred_on <= :today" + (only == null ? "" : " AND contact_id = :only")
                    + " GROUP BY contact_id").bind("book", book);
            bindWindows(q, today);
            if (only != null) {
                q.bind("only", only);
            }
            Map<String, LocalDate> dates = new HashMap<>();
            q.map((rs, ctx) -> counts.put(rs.getLong(1), counts(rs, 2, dates))).forEach(x -> { });
        }
        Map<Long, TieStrength> result = new HashMap<>();
        known.forEach((id, since) -> result.put(id,
                counts.getOrDefault(id, StrengthCounts.NONE).score(id, today, since)));
        return result;
    }

    /**
     * The {@value #COUNTS_COLUMNS} aggregate columns of {@link StrengthCounts}, in its order, over rows
     * of {@code interaction_people}: group them by contact and keep only {@code occurred_on <= :today};
     * bind the windows with {@link #bindWindows}. Works on SQLite and PostgreSQL alike.
     */
    public static final String COUNTS_SQL = "count(*), count(*) FILTER (WHERE occurred_on > :yearAgo),"
            + " count(*) FILTER (WHERE initiator = 'them'), min(occurred_on), max(occurred_on),"
            + depthColumn(4) + ", " + depthColumn(3) + ", " + depthColumn(2) + ", " + depthColumn(1);

    /** How many columns {@link #COUNTS_SQL} has. */
    public static final int COUNTS_COLUMNS = 9;

    /** Binds the one- and two-year windows of {@link #COUNTS_SQL} and {@code :today}. */
    public static void bindWindows(org.jdbi.v3.core.statement.SqlStatement<?> statement, LocalDate today) {
        statement.bind("today", today).bind("yearAgo", today.minusDays(365)).bind("twoYearsAgo", today.minusDays(730));
    }

    /** The counts in columns {@code first} to {@code first + 8} of a row of {@link #COUNTS_SQL}; dates are parsed once. */
    public static StrengthCounts counts(java.sql.ResultSet rs, int first, Map<String, LocalDate> dates)
            throws java.sql.SQLException {
        int count = rs.getInt(first);
        if (count == 0) {
            return StrengthCounts.NONE;
        }
        return new StrengthCounts(count, rs.getInt(first + 1), rs.getInt(first + 2),
                dates.computeIfAbsent(rs.getString(first + 3), TieStrengths::date),
                dates.computeIfAbsent(rs.getString(first + 4), TieStrengths::date),
                rs.getInt(first + 5), rs.getInt(first + 6), rs.getInt(first + 7), rs.getInt(first + 8));
    }

    /** Interactions of depth {@code weight} (see {@link StrengthTally#weight}) in the last two years. */
    private static String depthColumn(int weight) {
        StringBuilder kinds = new StringBuilder();
        for (InteractionKind k : InteractionKind.values()) {
            if (StrengthTally.weight(k) == weight) {
                kinds.append(kinds.isEmpty() ? "" : ", ").append('\'').append(k.code()).append('\'');
            }
        }
        return "count(*) FILTER (WHERE occurred_on > :twoYearsAgo AND kind IN (" + kinds + "))";
    }

    /** A date column read as text on either database; null stays null. */
    public static LocalDate date(String text) {
        return dev.kith.core.Dates.stored(text);
    }

    /** An interaction kind by its stored code, without the cost of {@link Coded#parse} per row. */
    public static InteractionKind kind(String code) {
        return InteractionKind.stored(code);
    }

    public static Initiator initiator(String code) {
        return "them".equals(code) ? Initiator.THEM : Initiator.ME;
    }
}
