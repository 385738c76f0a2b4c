package dev.kith.bench;

import java.util.List;

/**
 * What one benchmark run measured: the book's size, and each timing with the baseline it was
 * compared with in the same run. Ratios are measurement ÷ baseline.
 */
public record BenchReport(String database, int contacts, int interactions, double generationSeconds,
                          List<Row> rows) {

    /** One measured operation, its target in milliseconds (0: none), and its baseline. */
    public record Row(String operation, Stats stats, double targetMillis, String baseline, Stats baselineStats) {
        public double ratio() {
            return baselineStats == null || baselineStats.median() == 0 ? Double.NaN
                    : stats.median() / baselineStats.median();
        }

        public boolean meetsTarget() {
            return targetMillis <= 0 || stats.median() <= targetMillis;
        }
    }

    /** The report as a Markdown table, the form docs/benchmarks.md keeps. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("Book: ").append(contacts).append(" contacts, ").append(interactions).append(" interactions on ")
                .append(database).append(" (generated in ").append(String.format("%.1f", generationSeconds))
                .append(" s)\n\n");
        sb.append("| Operation | Runs | Median ms | p95 ms | Max ms | Target ms | Baseline (same run) | Baseline median ms | Ratio |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append(String.format("| %s | %d | %.2f | %.2f | %.2f | %s | %s | %s | %s |%n", r.operation(),
                    r.stats().runs(), r.stats().median(), r.stats().p95(), r.stats().max(),
                    r.targetMillis() > 0 ? String.format("≤ %.0f%s", r.targetMillis(), r.meetsTarget() ? "" : " ✗")
                            : "–",
                    r.baseline(), r.baselineStats() == null ? "–" : String.format("%.2f", r.baselineStats().median()),
                    Double.isNaN(r.ratio()) ? "–" : String.format("%.2f", r.ratio())));
        }
        return sb.toString();
    }
}
