package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.core.Dates;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who knows whom in a book, for pairing: the {@link TieGraph} of every contact (by row of a
 * {@link Pool}) from the recorded ties and the interactions two contacts shared, and which pairs of
 * the people being paired already know each other (a tie, an interaction together, an introduction).
 * The graph covers the whole book, since a tie in common is weighed by how many ties that friend has;
 * it is read with two lean queries (ids and dates, no records). Immutable.
 */
final class Acquaintances {
    /** The half-life, in days, of a shared interaction's weight in the tie graph. */
    static final int HALF_LIFE_DAYS = 180;

    private final TieGraph graph;
    private final Set<Long> known;

    private Acquaintances(TieGraph graph, Set<Long> known) {
        this.graph = graph;
        this.known = known;
    }

    TieGraph graph() {
        return graph;
    }

    /** Whether rows {@code a} and {@code b}, both paired, already know each other. */
    boolean know(int a, int b) {
        return known.contains(Suggestions.pair(a, b));
    }

    /** Reads the acquaintances of {@code book} on {@code today}; known pairs only among the rows marked in {@code among}. */
    static Acquaintances load(Book book, LocalDate today, Pool pool, boolean[] among) {
        Set<Long> known = new HashSet<>();
        TieGraph.Builder graph = new TieGraph.Builder(pool.size(), today.toEpochDay(), HALF_LIFE_DAYS);
        book.database().read(h -> {
            h.createQuery("SELECT from_id, to_id FROM ties WHERE book_id = :b ORDER BY id").bind("b", book.id())
                    .map((rs, ctx) -> {
                        int a = pool.row(rs.getLong(1));
                        int b = pool.row(rs.getLong(2));
                        if (a >= 0 && b >= 0) {
                            know(known, among, a, b);
                            graph.tie(a, b);
                        }
                        return a;
                    }).forEach(x -> { });
            Map<String, Long> days = new HashMap<>();
            h.createQuery("""
                            SELECT x.contact_id, y.contact_id, x.occurred_on FROM interaction_people x
                            JOIN interaction_people y ON y.interaction_id = x.interaction_id AND y.contact_id > x.contact_id
                            WHERE x.book_id = :b AND x.occurred_on <= :today""")
                    .bind("b", book.id()).bind("today", today)
                    .map((rs, ctx) -> {
                        int a = pool.row(rs.getLong(1));
                        int b = pool.row(rs.getLong(2));
                        if (a >= 0 && b >= 0) {
                            know(known, among, a, b);
                            long day = days.computeIfAbsent(rs.getString(3), d -> Dates.stored(d).toEpochDay());
                            graph.contact(a, b, day).contact(b, a, day);
                        }
                        return a;
                    }).forEach(x -> { });
            return null;
        });
        for (Intro i : book.intros().all()) {
            int a = pool.row(i.aId());
            int b = pool.row(i.bId());
            if (a >= 0 && b >= 0) {
                know(known, among, a, b);
            }
        }
        return new Acquaintances(graph.build(), known);
    }

    private static void know(Set<Long> known, boolean[] among, int a, int b) {
        if (among[a] && among[b]) {
            known.add(Suggestions.pair(a, b));
        }
    }
}
