package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.core.Dates;
import dev.kith.store.IdSets;
import org.jdbi.v3.core.Handle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who knows whom in a book, for pairing: the {@link TieGraph} (by row of a {@link Pool}) built from
 * the recorded ties and the interactions two contacts shared, and which pairs of the people being
 * paired already know each other (a tie, an interaction together, an introduction).
 *
 * <p>When a few hundred people are paired, only the edges touching them are read: their own ties,
 * and so which friends they have in common, are then exact, but a friend's {@linkplain #activity
 * activity} (the strength of all of its ties) is known only from its ties to the paired, a lower
 * bound; {@link #readActivities} reads the exact activity of the friends a score needs. When many
 * are paired the whole book is read at once and everything is exact. Not thread-safe.
 */
final class Acquaintances {
    /** The half-life, in days, of a shared interaction's weight in the tie graph. */
    static final int HALF_LIFE_DAYS = 180;
    /** Beyond this many paired people, reading the edges of the whole book is cheaper than looking theirs up. */
    static final int MAX_NAMED = 2000;

    private final Book book;
    private final LocalDate today;
    private final Pool pool;
    private final boolean[] among;
    private final TieGraph graph;
    private final boolean complete;
    private final Set<Long> known;
    /** Exact activities of people outside the paired, read on demand. */
    private final Map<Integer, Double> activities = new HashMap<>();

    private Acquaintances(Book book, LocalDate today, Pool pool, boolean[] among, TieGraph graph, boolean complete,
                          Set<Long> known) {
        this.book = book;
        this.today = today;
        this.pool = pool;
        this.among = among;
        this.graph = graph;
        this.complete = complete;
        this.known = known;
    }

    /**
     * Reads the acquaintances of {@code book}, whose introductions are {@code intros}, on {@code today} for
     * pairing the rows marked in {@code among}: the edges near them, or with {@code wholeBook} (or more than
     * {@value #MAX_NAMED} paired) all edges.
     */
    static Acquaintances load(Book book, Intros intros, LocalDate today, Pool pool, boolean[] among,
                              boolean wholeBook) {
        List<Long> ids = ids(pool, among);
        boolean complete = wholeBook || ids.size() > MAX_NAMED;
        Set<Long> known = new HashSet<>();
        TieGraph.Builder graph = new TieGraph.Builder(pool.size(), today.toEpochDay(), HALF_LIFE_DAYS);
        book.database().read(h -> {
            read(h, book, today, pool, complete ? null : ids, among, graph, (a, b) -> {
                if (among[a] && among[b]) {
                    known.add(Suggestions.pair(a, b));
                }
            });
            return null;
        });
        for (Intro i : intros.all()) {
            int a = pool.row(i.aId());
            int b = pool.row(i.bId());
            if (a >= 0 && b >= 0 && among[a] && among[b]) {
                known.add(Suggestions.pair(a, b));
            }
        }
        return new Acquaintances(book, today, pool, among, graph.build(), complete, known);
    }

    /** The graph: exact for every tie of a paired person; see {@link #activity} for everyone else's activity. */
    TieGraph graph() {
        return graph;
    }

    /** Whether rows {@code a} and {@code b}, both paired, already know each other. */
    boolean know(int a, int b) {
        return known.contains(Suggestions.pair(a, b));
    }

    /** Whether {@link #activity(int)} of {@code row} is exact without {@link #readActivities}. */
    boolean exact(int row) {
        return complete || among[row] || activities.containsKey(row);
    }

    /** The activity of {@code row}: exact when {@link #exact}, else a lower bound (its ties to the paired only). */
    double activity(int row) {
        Double read = activities.get(row);
        return read != null ? read : graph.activity(row);
    }

    /** Reads the exact activity of each of {@code rows} not yet {@link #exact}, in two queries for them all. */
    void readActivities(Collection<Integer> rows) {
        List<Integer> missing = rows.stream().filter(r -> !exact(r)).distinct().sorted().toList();
        if (missing.isEmpty()) {
            return;
        }
        boolean[] in = new boolean[pool.size()];
        List<Long> ids = new ArrayList<>(missing.size());
        for (int r : missing) {
            in[r] = true;
            ids.add(pool.id(r));
        }
        TieGraph.Builder theirs = new TieGraph.Builder(pool.size(), today.toEpochDay(), HALF_LIFE_DAYS);
        book.database().read(h -> {
            read(h, book, today, pool, ids, in, theirs, (a, b) -> { });
            return null;
        });
        TieGraph g = theirs.build();
        for (int r : missing) {
            activities.put(r, g.activity(r));
        }
    }

    private interface PairSink {
        void pair(int a, int b);
    }

    /**
     * Adds every edge touching {@code ids} (the rows {@code marked}), or every edge of the book when
     * {@code ids} is null, to {@code graph}: the ties first, then the shared interactions up to today,
     * each pair's oldest first (so that a pair's weight adds up in the same order however it is read).
     */
    private static void read(Handle h, Book book, LocalDate today, Pool pool, List<Long> ids, boolean[] marked,
                             TieGraph.Builder graph, PairSink seen) {
        String in = IdSets.list(book.database().dialect(), "ids");
        String touching = ids == null ? "" : " AND (from_id IN " + in + " OR to_id IN " + in + ")";
        var ties = h.createQuery("SELECT from_id, to_id FROM ties WHERE book_id = :b" + touching + " ORDER BY id")
                .bind("b", book.id());
        if (ids != null) {
            ties.bind("ids", IdSets.json(ids));
        }
        ties.map((rs, ctx) -> {
            int a = pool.row(rs.getLong(1));
            int b = pool.row(rs.getLong(2));
            if (a >= 0 && b >= 0) {
                seen.pair(a, b);
                graph.tie(a, b);
            }
            return a;
        }).forEach(x -> { });
        // The whole book: each pair once, from its lower id (SQLite reads them oldest first by its index).
        // Some people: each of their pairs, from them, ordered by date, a pair of two of them once.
        var shared = h.createQuery(ids == null ? """
                        SELECT x.contact_id, y.contact_id, x.occurred_on FROM interaction_people x
                        JOIN interaction_people y ON y.interaction_id = x.interaction_id AND y.contact_id > x.contact_id
                        WHERE x.book_id = :b AND x.occurred_on <= :today"""
                        : "SELECT x.contact_id, y.contact_id, x.occurred_on FROM interaction_people x"
                        + " JOIN interaction_people y ON y.interaction_id = x.interaction_id AND y.contact_id <> x.contact_id"
                        + " WHERE x.book_id = :b AND x.contact_id IN " + in + " AND x.occurred_on <= :today"
                        + " ORDER BY x.occurred_on")
                .bind("b", book.id()).bind("today", today);
        if (ids != null) {
            shared.bind("ids", IdSets.json(ids));
        }
        Map<String, Long> days = new HashMap<>();
        shared.map((rs, ctx) -> {
            long x = rs.getLong(1);
            long y = rs.getLong(2);
            int a = pool.row(x);
            int b = pool.row(y);
            if (a >= 0 && b >= 0 && (ids == null || !marked[b] || y > x)) {
                seen.pair(a, b);
                long day = days.computeIfAbsent(rs.getString(3), d -> Dates.stored(d).toEpochDay());
                graph.contact(a, b, day).contact(b, a, day);
            }
            return a;
        }).forEach(x -> { });
    }

    private static List<Long> ids(Pool pool, boolean[] among) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < among.length; i++) {
            if (among[i]) {
                ids.add(pool.id(i));
            }
        }
        return ids;
    }
}
