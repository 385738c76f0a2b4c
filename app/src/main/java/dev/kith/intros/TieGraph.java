package dev.kith.intros;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An undirected graph of people 0..n-1 whose edges carry a tie strength built the way a book
 * knows ties: from dated contacts between two people, where <em>recency</em> (each contact counts
 * {@code 2^(-age / halfLife)}), <em>repetition</em> (the decayed counts add up, on a log scale) and
 * <em>reciprocity</em> (contact in both directions weighs {@value #RECIPROCAL} times more) make a tie
 * strong; a tie known without dates (a recorded "knows") counts as one contact of age zero.
 * {@link #activity(int)} is a person's total strength. Immutable once built.
 */
public final class TieGraph {
    /** The weight of a tie with contact both ways, relative to a one-way tie. */
    public static final double RECIPROCAL = 1.5;

    private final int[][] neighbours;
    private final double[][] weights;
    private final double[] activity;

    private TieGraph(int[][] neighbours, double[][] weights) {
        this.neighbours = neighbours;
        this.weights = weights;
        this.activity = new double[neighbours.length];
        for (int i = 0; i < neighbours.length; i++) {
            double s = 0;
            for (double w : weights[i]) {
                s += w;
            }
            activity[i] = s;
        }
    }

    public int size() {
        return neighbours.length;
    }

    /** The neighbours of {@code u}, ascending. */
    public int[] neighbours(int u) {
        return neighbours[u];
    }

    /**
     * How many neighbours {@code a} and {@code b} share, each also given to {@code out} (may be null) in
     * ascending order: a merge of the two sorted lists, O(deg a + deg b).
     */
    public int commonNeighbours(int a, int b, java.util.function.IntConsumer out) {
        int[] x = neighbours[a];
        int[] y = neighbours[b];
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                if (out != null) {
                    out.accept(x[i]);
                }
                common++;
                i++;
                j++;
            }
        }
        return common;
    }

    /** The strengths of {@code u}'s ties, in {@link #neighbours(int)} order. */
    public double[] weights(int u) {
        return weights[u];
    }

    /** The sum of {@code u}'s tie strengths: how active and well tied they are. */
    public double activity(int u) {
        return activity[u];
    }

    /** The strength of the tie between {@code u} and {@code v}, 0 when none. */
    public double weight(int u, int v) {
        int i = Arrays.binarySearch(neighbours[u], v);
        return i < 0 ? 0 : weights[u][i];
    }

    private static final int[] NONE = {};
    private static final double[] NO_WEIGHTS = {};

    /** Sorts one node's edges by neighbour (each neighbour appears once), keeping each weight with its neighbour. */
    private static void sortByNeighbour(int[] neighbours, double[] weights) {
        if (neighbours.length < 2) {
            return;
        }
        long[] order = new long[neighbours.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = ((long) neighbours[k] << 32) | k;
        }
        Arrays.sort(order);
        double[] copy = weights.clone();
        for (int k = 0; k < order.length; k++) {
            neighbours[k] = (int) (order[k] >>> 32);
            weights[k] = copy[(int) order[k]];
        }
    }

    /** Collects dated contacts (and undated ties) and builds the graph as of time {@code now}. */
    public static final class Builder {
        /**
         * Pair keys {@code a << 32 | b} are multiplied by MIX before hashing (Long's own hash of them,
         * {@code a ^ b}, collides by the thousand); UNMIX, its inverse modulo 2^64, reads them back.
         */
        private static final long MIX = 0x9E3779B97F4A7C15L;
        private static final long UNMIX = 0xF1DE83E19937733DL;
        private final int n;
        private final double now;
        private final double halfLife;
        private final Map<Long, double[]> pairs = new HashMap<>();

        /** {@code now} and {@code halfLife} in the same unit as the contact times (days, seconds). */
        public Builder(int n, double now, double halfLife) {
            this.n = n;
            this.now = now;
            this.halfLife = halfLife;
        }

        /** A contact from {@code from} to {@code to} at {@code time} (later than {@code now} counts as now). */
        public Builder contact(int from, int to, double time) {
            if (from == to) {
                return this;
            }
            int a = Math.min(from, to);
            int b = Math.max(from, to);
            double[] p = pairs.computeIfAbsent((((long) a << 32) | b) * MIX, k -> new double[3]);
            p[0] += Math.pow(2, -Math.max(0, now - time) / halfLife);
            p[from < to ? 1 : 2] = 1;
            return this;
        }

        /** A tie known without dates, e.g. a recorded "knows": one contact today, both ways. */
        public Builder tie(int a, int b) {
            contact(a, b, now);
            return contact(b, a, now);
        }

        public TieGraph build() {
            int[] degree = new int[n];
            pairs.forEach((mixed, p) -> {
                long key = mixed * UNMIX;
                degree[(int) (key >>> 32)]++;
                degree[(int) key]++;
            });
            int[][] nb = new int[n][];
            double[][] ws = new double[n][];
            for (int i = 0; i < n; i++) {
                nb[i] = degree[i] == 0 ? NONE : new int[degree[i]];
                ws[i] = degree[i] == 0 ? NO_WEIGHTS : new double[degree[i]];
            }
            int[] filled = new int[n];
            pairs.forEach((mixed, p) -> {
                long key = mixed * UNMIX;
                int a = (int) (key >>> 32);
                int b = (int) key;
                double w = Math.log1p(p[0]) * (p[1] > 0 && p[2] > 0 ? RECIPROCAL : 1.0);
                nb[a][filled[a]] = b;
                ws[a][filled[a]++] = w;
                nb[b][filled[b]] = a;
                ws[b][filled[b]++] = w;
            });
            for (int i = 0; i < n; i++) {
                sortByNeighbour(nb[i], ws[i]);
            }
            return new TieGraph(nb, ws);
        }
    }
}
