package dev.kith.bench;

import java.util.Arrays;

/** Summary statistics of repeated timings, in milliseconds. */
public record Stats(int runs, double median, double p95, double min, double max) {

    public static Stats of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[0],
                sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
