package dev.kith.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic temporal networks for {@code kith bench intros}: people join over time and message each other by
 * triadic-closure growth with activity bursts. Each person has a heavy-tailed base activity (Pareto) and now and
 * then a burst (activity ×{@value #BURST} for a while). An event's sender is drawn by current activity; it
 * repeats a past partner (by past counts), replies to someone who wrote last, closes a triangle (a partner's
 * partner) or writes to someone new chosen by activity, with probabilities that the seed varies, so every seed is
 * a different network. Deterministic per seed.
 */
public final class TemporalGraphs {
    static final double BURST = 8;

    private TemporalGraphs() {
    }

    /** {@code events} events among about {@code people} people, as {@code {from, to, time}} sorted by time. */
    public static List<long[]> triadicBursts(long seed, int people, int events) {
        Random r = new Random(seed);
        double pRepeat = 0.35 + 0.25 * r.nextDouble();
        double pReply = 0.05 + 0.15 * r.nextDouble();
        double pTriad = 0.10 + 0.25 * r.nextDouble();
        double alpha = 1.6 + 0.8 * r.nextDouble();
        double[] base = new double[people];
        double[] burstUntil = new double[people];
        long[] joins = new long[people];
        for (int i = 0; i < people; i++) {
            base[i] = Math.pow(1 - r.nextDouble(), -1 / alpha);
            joins[i] = i < people / 10 ? 0 : (long) (events * Math.pow(r.nextDouble(), 1.5));
        }
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        List<List<Integer>> partners = new ArrayList<>();
        int[] lastFrom = new int[people];
        java.util.Arrays.fill(lastFrom, -1);
        for (int i = 0; i < people; i++) {
            counts.add(new HashMap<>());
            partners.add(new ArrayList<>());
        }
        List<long[]> out = new ArrayList<>(events);
        double[] weight = new double[people];
        for (int t = 0; t < events; t++) {
            if (t % 200 == 0) {
                double total = 0;
                for (int i = 0; i < people; i++) {
                    if (joins[i] <= t) {
                        if (burstUntil[i] < t && r.nextDouble() < 0.01) {
                            burstUntil[i] = t + events * 0.01 * (0.5 + r.nextDouble());
                        }
                        total += base[i] * (burstUntil[i] >= t ? BURST : 1);
                    }
                    weight[i] = total;
                }
            }
            int u = draw(weight, r);
            int v;
            double x = r.nextDouble();
            List<Integer> mine = partners.get(u);
            if (x < pReply && lastFrom[u] >= 0) {
                v = lastFrom[u];
            } else if (x < pReply + pRepeat && !mine.isEmpty()) {
                v = mine.get(r.nextInt(mine.size()));
            } else if (x < pReply + pRepeat + pTriad && !mine.isEmpty()) {
                int z = mine.get(r.nextInt(mine.size()));
                List<Integer> theirs = partners.get(z);
                v = theirs.get(r.nextInt(theirs.size()));
            } else {
                v = draw(weight, r);
            }
            if (v == u) {
                continue;
            }
            if (counts.get(u).merge(v, 1, Integer::sum) == 1) {
                counts.get(v).merge(u, 0, Integer::sum);
            }
            // a partner list holds each contact once per message, so repeats favour frequent partners
            mine.add(v);
            partners.get(v).add(u);
            lastFrom[v] = u;
            out.add(new long[] {u, v, t});
        }
        return out;
    }

    /**
     * {@code events} events among about {@code people} people in communities (a workplace's teams, a school's
     * classes): each person belongs to one community (sizes heavy-tailed) and a tenth to a second; people join over
     * time, activity is heavy-tailed with bursts as in {@link #triadicBursts}. A sender repeats one of its last
     * partners (recent ones more), replies, closes a triangle, writes to someone new in one of its communities
     * (homophily, chosen by activity) or to anyone by activity, with probabilities that the seed varies. Times
     * advance by exponential gaps, shorter by day than by night. Deterministic per seed.
     */
    public static List<long[]> communities(long seed, int people, int events) {
        Random r = new Random(seed);
        double pReply = 0.05 + 0.10 * r.nextDouble();
        double pRepeat = 0.30 + 0.25 * r.nextDouble();
        double pTriad = 0.05 + 0.15 * r.nextDouble();
        double pHome = 0.10 + 0.20 * r.nextDouble();
        double alpha = 1.6 + 0.8 * r.nextDouble();
        int k = Math.max(2, people / 40);
        double[] size = new double[k];
        double total = 0;
        for (int c = 0; c < k; c++) {
            size[c] = Math.pow(1 - r.nextDouble(), -1 / 1.5);
            total += size[c];
            size[c] = total;
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        int[][] home = new int[people][];
        double[] base = new double[people];
        double[] burstUntil = new double[people];
        long[] joins = new long[people];
        for (int i = 0; i < people; i++) {
            int c1 = draw(size, r);
            home[i] = r.nextDouble() < 0.1 ? new int[] {c1, draw(size, r)} : new int[] {c1};
            for (int c : home[i]) {
                members.get(c).add(i);
            }
            base[i] = Math.pow(1 - r.nextDouble(), -1 / alpha);
            joins[i] = i < people / 10 ? 0 : (long) (events * Math.pow(r.nextDouble(), 1.5));
        }
        List<List<Integer>> partners = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            partners.add(new ArrayList<>());
        }
        int[] lastFrom = new int[people];
        java.util.Arrays.fill(lastFrom, -1);
        double[] weight = new double[people];
        double[] live = new double[people];
        List<long[]> out = new ArrayList<>(events);
        double clock = 0;
        for (int t = 0; t < events; t++) {
            if (t % 200 == 0) {
                double sum = 0;
                for (int i = 0; i < people; i++) {
                    live[i] = 0;
                    if (joins[i] <= t) {
                        if (burstUntil[i] < t && r.nextDouble() < 0.01) {
                            burstUntil[i] = t + events * 0.01 * (0.5 + r.nextDouble());
                        }
                        live[i] = base[i] * (burstUntil[i] >= t ? BURST : 1);
                    }
                    sum += live[i];
                    weight[i] = sum;
                }
            }
            double hour = (clock / 3600) % 24;
            clock += -Math.log(1 - r.nextDouble()) * (hour >= 8 && hour < 22 ? 60 : 600);
            int u = draw(weight, r);
            List<Integer> mine = partners.get(u);
            double x = r.nextDouble();
            int v;
            if (x < pReply && lastFrom[u] >= 0) {
                v = lastFrom[u];
            } else if (x < pReply + pRepeat && !mine.isEmpty()) {
                // recent partners more: one of the last 30 messages' partners
                v = mine.get(mine.size() - 1 - r.nextInt(Math.min(30, mine.size())));
            } else if (x < pReply + pRepeat + pTriad && !mine.isEmpty()) {
                List<Integer> theirs = partners.get(mine.get(r.nextInt(mine.size())));
                v = theirs.get(r.nextInt(theirs.size()));
            } else if (x < pReply + pRepeat + pTriad + pHome) {
                List<Integer> team = members.get(home[u][r.nextInt(home[u].length)]);
                double s = 0;
                for (int m : team) {
                    s += live[m];
                }
                v = u;
                double y = r.nextDouble() * s;
                for (int m : team) {
                    y -= live[m];
                    if (y < 0 && live[m] > 0) {
                        v = m;
                        break;
                    }
                }
            } else {
                v = draw(weight, r);
            }
            if (v == u || joins[v] > t) {
                continue;
            }
            mine.add(v);
            partners.get(v).add(u);
            lastFrom[v] = u;
            out.add(new long[] {u, v, (long) clock});
        }
        return out;
    }

    private static int draw(double[] cumulative, Random r) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        i = i < 0 ? -i - 1 : i;
        while (i > 0 && cumulative[i] == cumulative[i - 1]) {
            i--;
        }
        return Math.min(i, cumulative.length - 1);
    }

    /** Writes {@code events} as {@code from to time} lines. */
    public static void write(List<long[]> events, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                for (long[] e : events) {
                    w.write(e[0] + " " + e[1] + " " + e[2] + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
