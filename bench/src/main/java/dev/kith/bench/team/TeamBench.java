package dev.kith.bench.team;

import dev.kith.core.KithClock;
import dev.kith.store.Database;
import dev.kith.team.ColleaguePaths;
import dev.kith.team.ColleagueTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Warm-path queries through colleagues on a generated team ({@link TeamGenerator}): each query asks, for a
 * random user, who among the colleagues knows a random person, three in four times one of the user's own
 * contacts (matched by its emails, LinkedIn address and name with organization) and otherwise a free
 * description (name and organization, half the time an email) of anyone in the team's world. Queries run one
 * after another on one thread, after {@code warmUp} untimed ones; each is timed from the call to the ranked
 * list. The 95% confidence interval of p99 is by order statistics (the binomial ranks around {@code 0.99 n}),
 * which assumes nothing about the distribution.
 */
public final class TeamBench {
    /** The target: p99 of a warm-path query at most this many milliseconds. */
    public static final double TARGET_P99_MS = 50;

    /** What a run measured, in milliseconds, and how much the queries found. */
    public record Report(String database, int users, int contactsEach, int people, double generateSeconds,
                         int queries, double p50, double p95, double p99, double p99Low, double p99High, double max,
                         double meanColleagues, double emptyShare) {
        public boolean meetsTarget() {
            return p99 <= TARGET_P99_MS;
        }

        public String markdown() {
            return String.format(java.util.Locale.ROOT, """
                    Team of %d users × %d contacts (%s, a world of %d people; generated in %.0f s, 0 = reused)
                    | Queries | p50 ms | p95 ms | p99 ms (95%% CI) | max ms | colleagues per answer | no colleague | Target |
                    |---|---|---|---|---|---|---|---|
                    | %d | %.2f | %.2f | %.2f (%.2f–%.2f) | %.2f | %.1f | %.0f%% | p99 ≤ %.0f ms: %s |
                    """, users, contactsEach, database, people, generateSeconds, queries, p50, p95, p99, p99Low,
                    p99High, max, meanColleagues, emptyShare * 100, TARGET_P99_MS, meetsTarget() ? "met" : "MISSED");
        }
    }

    private TeamBench() {
    }

    /** Generates the team when the database has none, then times {@code queries} queries after {@code warmUp}. */
    public static Report run(Database db, int users, int contactsEach, int warmUp, int queries, long seed,
                             LocalDate today) {
        double generated = TeamGenerator.generate(db, users, contactsEach, seed, today);
        TeamPeople world = new TeamPeople(TeamGenerator.people(users, contactsEach), seed);
        Map<Long, long[]> contactsByBook = contactsByBook(db);
        long[] books = contactsByBook.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        ColleaguePaths paths = new ColleaguePaths(db, KithClock.fixed(today));
        SplittableRandom r = new SplittableRandom(seed + 1);
        for (int i = 0; i < warmUp; i++) {
            query(paths, world, contactsByBook, books, r);
        }
        double[] millis = new double[queries];
        long found = 0;
        int empty = 0;
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            int n = query(paths, world, contactsByBook, books, r);
            millis[i] = (System.nanoTime() - start) / 1e6;
            found += n;
            empty += n == 0 ? 1 : 0;
        }
        Arrays.sort(millis);
        int[] ci = p99Ranks(queries);
        return new Report(db.dialect().name().toLowerCase(java.util.Locale.ROOT), users, contactsEach, world.size(),
                generated, queries, quantile(millis, 0.50), quantile(millis, 0.95), quantile(millis, 0.99),
                millis[ci[0]], millis[ci[1]], millis[queries - 1], (double) found / queries, (double) empty / queries);
    }

    /** One query; returns how many colleagues it found. */
    private static int query(ColleaguePaths paths, TeamPeople world, Map<Long, long[]> contactsByBook, long[] books,
                             SplittableRandom r) {
        long asker = books[r.nextInt(books.length)];
        if (r.nextInt(4) < 3) {
            long[] contacts = contactsByBook.get(asker);
            return paths.find(asker, contacts[r.nextInt(contacts.length)]).size();
        }
        int p = world.draw(r);
        String email = r.nextBoolean() ? world.email(p) : null;
        return paths.find(asker, ColleagueTarget.of(world.name(p), world.organization(p), email)).size();
    }

    /** The nearest-rank quantile {@code q} of sorted {@code millis}. */
    static double quantile(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * The 0-based ranks bounding a 95% confidence interval of the 99th percentile of {@code n} samples: the
     * normal approximation of the binomial, {@code 0.99 n ∓ 1.96 √(n · 0.99 · 0.01)}, clamped to the samples.
     */
    static int[] p99Ranks(int n) {
        double centre = 0.99 * n;
        double spread = 1.96 * Math.sqrt(n * 0.99 * 0.01);
        int low = (int) Math.floor(centre - spread) - 1;
        int high = (int) Math.ceil(centre + spread) - 1;
        return new int[] {Math.max(0, low), Math.min(n - 1, high)};
    }

    /** The contact ids of every book that belongs to a user, by book. */
    private static Map<Long, long[]> contactsByBook(Database db) {
        Map<Long, List<Long>> lists = new HashMap<>();
        db.read(h -> h.createQuery("SELECT c.book_id, c.id FROM contacts c JOIN users u ON u.book_id = c.book_id")
                .map((rs, ctx) -> lists.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list());
        Map<Long, long[]> out = new HashMap<>();
        lists.forEach((book, ids) -> out.put(book, ids.stream().mapToLong(Long::longValue).toArray()));
        return out;
    }
}
