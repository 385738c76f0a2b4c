package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.core.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A book's dated history of ties among its contacts, as the {@code {from, to, time}} events (rows of a
 * {@link Pool}, time in epoch days) that {@link LinkFeatures} and {@link TemporalFit} read: the same
 * sources the book's tie graph has always had.
 * <ul>
 *   <li>every interaction with several people: each pair of them, both ways, on its date (up to today);</li>
 *   <li>every recorded tie (knows, colleague, met-through, referred-by, family, mentor), from its first
 *       person to its second, on its {@code since} date; a tie without a date was known before any dated
 *       one, so it is placed at the start of the history (an old tie: it counts as a friend in common,
 *       not as recent activity); a date after today counts as today.</li>
 * </ul>
 * Events are sorted by time, then by rows, so the history is the same whichever order the database
 * returns rows in. Immutable.
 *
 * @param events {@code {from, to, day}} by time
 * @param people how many rows (the pool's size)
 * @param today  the day the history was read for, in epoch days
 */
record TieHistory(List<long[]> events, int people, long today) {
    TieHistory {
        events = List.copyOf(events);
    }

    /** The history of {@code book} up to {@code today}, by row of {@code pool}: two queries over the whole book. */
    static TieHistory load(Book book, LocalDate today, Pool pool) {
        List<long[]> dated = new ArrayList<>();
        List<long[]> undated = new ArrayList<>();
        long now = today.toEpochDay();
        Map<String, Long> days = new HashMap<>();
        List<long[]> group = new ArrayList<>();
        long[] current = {Long.MIN_VALUE};
        HistoryRows.read(book, (from, to, since) -> {
            int a = pool.row(from);
            int b = pool.row(to);
            if (a >= 0 && b >= 0 && a != b) {
                if (since == null) {
                    undated.add(new long[] {a, b, 0});
                } else {
                    long day = Math.min(now, days.computeIfAbsent(since, d -> Dates.stored(d).toEpochDay()));
                    dated.add(new long[] {a, b, day});
                }
            }
        }, (interaction, contact, occurredOn) -> {
            if (interaction != current[0]) {
                pairs(group, pool, now, dated);
                group.clear();
                current[0] = interaction;
            }
            group.add(new long[] {contact, days.computeIfAbsent(occurredOn, d -> Dates.stored(d).toEpochDay())});
        });
        pairs(group, pool, now, dated);
        return of(dated, undated, pool.size(), now);
    }

    /**
     * Each pair of one interaction's people ({@code {contact, day}} by ascending contact), both ways, dated as
     * the pair's first person's row and kept when that day is not after {@code today}: what joining the
     * interaction's rows to themselves on a greater contact gives.
     */
    private static void pairs(List<long[]> people, Pool pool, long today, List<long[]> dated) {
        for (int i = 0; i < people.size(); i++) {
            long[] x = people.get(i);
            int a = pool.row(x[0]);
            if (a < 0 || x[1] > today) {
                continue;
            }
            for (int j = i + 1; j < people.size(); j++) {
                int b = pool.row(people.get(j)[0]);
                if (b >= 0) {
                    dated.add(new long[] {a, b, x[1]});
                    dated.add(new long[] {b, a, x[1]});
                }
            }
        }
    }

    /**
     * The history of {@code dated} events and {@code undated} ties (their times ignored) among {@code people}
     * rows as of day {@code today}.
     */
    static TieHistory of(List<long[]> dated, List<long[]> undated, int people, long today) {
        long start = today;
        for (long[] e : dated) {
            start = Math.min(start, e[2]);
        }
        // one primitive sort of (day - start, from, to) packed in a long: 15 bits of days (89 years), 24 of each row
        if (people < (1 << 24) && today - start < (1 << 15)) {
            long[] packed = new long[dated.size() + undated.size()];
            int k = 0;
            for (long[] e : dated) {
                packed[k++] = (e[2] - start) << 48 | e[0] << 24 | e[1];
            }
            for (long[] e : undated) {
                packed[k++] = e[0] << 24 | e[1];
            }
            java.util.Arrays.sort(packed);
            List<long[]> all = new ArrayList<>(packed.length);
            for (long p : packed) {
                all.add(new long[] {(p >>> 24) & 0xFFFFFF, p & 0xFFFFFF, start + (p >>> 48)});
            }
            return new TieHistory(all, people, today);
        }
        List<long[]> all = new ArrayList<>(dated.size() + undated.size());
        all.addAll(dated);
        for (long[] e : undated) {
            all.add(new long[] {e[0], e[1], start});
        }
        all.sort(Comparator.comparingLong((long[] e) -> e[2]).thenComparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        return new TieHistory(all, people, today);
    }

    /** How many days the history spans (at least 1). */
    double span() {
        return events.isEmpty() ? 1 : Math.max(1, events.get(events.size() - 1)[2] - events.get(0)[2]);
    }

    /** The features of every pair as of today, contacts decaying with {@code halfLifeDays}. */
    LinkFeatures features(double halfLifeDays) {
        return LinkFeatures.of(events, events.size(), people, today, halfLifeDays);
    }
}
