package dev.kith.store;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A diagnostic for performance work: with {@code KITH_SQL_STATS} set, counts and times every
 * statement by its SQL text and prints the top ones to stderr when the JVM exits.
 */
final class SqlStats implements SqlLogger {
    private final Map<String, long[]> stats = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    static void install(Jdbi jdbi) {
        SqlStats s = new SqlStats();
        jdbi.setSqlLogger(s);
        Runtime.getRuntime().addShutdownHook(new Thread(s::print));
    }

    @Override
    public void logAfterExecution(StatementContext context) {
        record(context);
    }

    @Override
    public void logException(StatementContext context, SQLException ex) {
        record(context);
    }

    private void record(StatementContext context) {
        String sql = context.getRawSql().replaceAll("\\s+", " ").trim();
        long nanos = context.getCompletionMoment() != null && context.getExecutionMoment() != null
                ? java.time.Duration.between(context.getExecutionMoment(), context.getCompletionMoment()).toNanos() : 0;
        long[] entry = stats.computeIfAbsent(sql, k -> new long[2]);
        synchronized (entry) {
            entry[0]++;
            entry[1] += nanos;
        }
        total.increment();
    }

    private void print() {
        System.err.printf("kith sql stats: %d statements%n", total.sum());
        stats.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(15)
                .forEach(e -> System.err.printf("%7d x %8.1f ms  %s%n", e.getValue()[0], e.getValue()[1] / 1e6,
                        e.getKey().length() > 110 ? e.getKey().substring(0, 110) + "…" : e.getKey()));
    }
}
