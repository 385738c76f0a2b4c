package dev.kith.network;

import dev.kith.core.Dates;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edges between contacts who worked at the same organization at the same time, from the job
 * histories. A job with no end date is current (it runs to today); a job with no start date is
 * known only from its end (or today), so two jobs overlap only where the dates show it. Weight:
 * {@value #BASE}, plus {@value #PER_YEAR} per full year of overlap (at most {@value #MAX_YEARS}
 * years), plus {@value #NOW} while both are still there, {@value #RECENT} when the overlap ended in
 * the last two years, {@value #LATELY} in the last five: at most 70. Per organization the work is
 * quadratic in the contacts who worked there.
 */
public final class ColleagueEdges implements EdgeSource {
    static final int BASE = 30;
    static final int PER_YEAR = 4;
    static final int MAX_YEARS = 5;
    static final int NOW = 20;
    static final int RECENT = 12;
    static final int LATELY = 5;

    private record Job(long contact, LocalDate start, LocalDate end, boolean current, boolean startKnown) {
    }

    @Override
    public java.util.Collection<String> reads() {
        return java.util.List.of("employments", "organizations");
    }

    @Override
    public void load(Database db, People people, EdgeSink sink) {
        LocalDate today = people.today();
        Map<String, List<Job>> byOrg = new LinkedHashMap<>();
        db.read(h -> h.createQuery("""
                        SELECT e.contact_id, e.start_on, e.end_on, o.name FROM employments e
                        JOIN organizations o ON o.book_id = e.book_id AND o.id = e.organization_id
                        WHERE e.book_id = :book ORDER BY o.id, e.contact_id, e.id""")
                .bind("book", people.book())
                .map((rs, ctx) -> {
                    LocalDate end = Dates.stored(rs.getString(3));
                    LocalDate last = end == null ? today : end;
                    LocalDate start = Dates.stored(rs.getString(2));
                    Job job = new Job(rs.getLong(1), start == null || start.isAfter(last) ? last : start, last,
                            end == null, start != null);
                    byOrg.computeIfAbsent(rs.getString(4), k -> new ArrayList<>()).add(job);
                    return job;
                }).list());
        LocalDate twoYearsAgo = today.minusYears(2);
        LocalDate fiveYearsAgo = today.minusYears(5);
        byOrg.forEach((org, jobs) -> {
            int[] node = new int[jobs.size()];
            for (int i = 0; i < node.length; i++) {
                node[i] = people.node(jobs.get(i).contact());
            }
            for (int i = 0; i < jobs.size(); i++) {
                Job a = jobs.get(i);
                if (node[i] <= People.ME) {
                    continue;
                }
                for (int j = i + 1; j < jobs.size(); j++) {
                    Job b = jobs.get(j);
                    if (a.contact() == b.contact() || node[j] <= People.ME) {
                        continue;
                    }
                    Job later = a.start().isAfter(b.start()) ? a : b;
                    LocalDate from = later.start();
                    LocalDate to = a.end().isBefore(b.end()) ? a.end() : b.end();
                    if (from.isAfter(to)) {
                        continue;
                    }
                    boolean now = a.current() && b.current();
                    LocalDate since = later.startKnown() ? from : null;
                    sink.edge(a.contact(), b.contact(), weight(from, to, now, twoYearsAgo, fiveYearsAgo),
                            () -> reason(org, since, to, now));
                }
            }
        });
    }

    /** The weight of an overlap from {@code from} to {@code to}, with today's two and five years ago worked out once. */
    static int weight(LocalDate from, LocalDate to, boolean now, LocalDate twoYearsAgo, LocalDate fiveYearsAgo) {
        int years = (int) Math.min(MAX_YEARS, ChronoUnit.YEARS.between(from, to));
        int recency = now ? NOW : to.isAfter(twoYearsAgo) ? RECENT : to.isAfter(fiveYearsAgo) ? LATELY : 0;
        return BASE + PER_YEAR * years + recency;
    }

    /**
     * "colleagues at Acme, 2019–2023", "colleagues at Acme, 2021–now", "colleagues at Acme, 2022";
     * with an unknown start ({@code from} null) "colleagues at Acme, now" or "…, in 2023".
     */
    static String reason(String org, LocalDate from, LocalDate to, boolean now) {
        String span = from == null ? (now ? "now" : "in " + to.getYear())
                : now ? from.getYear() + "–now"
                : from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + "–" + to.getYear();
        return "colleagues at " + org + ", " + span;
    }
}
