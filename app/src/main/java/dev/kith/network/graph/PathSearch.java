package dev.kith.network.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Path queries over a {@link GraphView}: the shortest path between two nodes by bidirectional
 * breadth-first search, and the k best introduction paths ranked by their weakest tie. Each
 * calling thread reuses its own search state (marks stamped with a per-query epoch), so a query
 * allocates little beyond its result. Thread-safe; the view must not change during a query (pass
 * a {@link LiveGraph#snapshot()}).
 */
public final class PathSearch {
    /** A path: its nodes from source to target, and its weakest tie (the smallest edge weight on it). */
    public record Path(int[] nodes, int weakest) {
        public Path {
            nodes = nodes.clone();
        }

        /** The number of edges. */
        public int hops() {
            return nodes.length - 1;
        }

        @Override
        public int[] nodes() {
            return nodes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Path p && p.weakest == weakest && Arrays.equals(p.nodes, nodes);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(nodes) + weakest;
        }

        @Override
        public String toString() {
            return "Path" + Arrays.toString(nodes) + " weakest " + weakest;
        }
    }

    private static final Comparator<Candidate> RANK = Comparator.comparingInt((Candidate c) -> -c.weakest())
            .thenComparingInt(c -> c.nodes.length).thenComparing(c -> c.nodes, Arrays::compare);

    private PathSearch() {
    }

    /**
     * The nodes of a shortest path from {@code source} to {@code target} of at most {@code maxHops}
     * edges (weights ignored), or null when there is none. Searches from both ends, level by level,
     * always expanding the side whose frontier has the smaller total degree, and stops at the first
     * meeting. Running time O(V + E) in the worst case; on graphs with small diameter it touches about
     * the square root of the edges a one-sided search would, since each side explores about half the
     * hops. Memory: four int arrays of V per calling thread, reused.
     */
    public static int[] shortestPath(GraphView g, int source, int target, int maxHops) {
        int n = g.nodeCount();
        checkNode(source, n, "source");
        checkNode(target, n, "target");
        if (source == target) {
            return new int[] {source};
        }
        if (maxHops < 1) {
            return null;
        }
        if (g instanceof CompactGraph c) {
            return Bidirectional.compact(c, source, target, maxHops);
        }
        Workspace ws = Workspace.get(n);
        int forward = ws.nextEpoch();
        int backward = ws.nextEpoch();
        return Bidirectional.generic(g, ws, source, target, maxHops, forward, backward);
    }

    /**
     * The {@code k} best simple paths from {@code source} to any node for which {@code isTarget}
     * holds, of at most {@code maxHops} edges: ranked by weakest tie (highest first), then by hops
     * (fewest first), then by node ids. Nodes in the middle of a path satisfy {@code usableHop}
     * and are never targets (a path ends at the first target it reaches); targets themselves need
     * not be usable hops. Two paths differ in their nodes (parallel edges count once, at their
     * strongest). No path gives an empty list; so does a source that is itself a target.
     *
     * <p>Yen's algorithm over a hop-bounded widest-path search: each search runs at most
     * {@code maxHops} Bellman–Ford rounds over the nodes whose width improved, so it costs
     * O(maxHops · (V + E)); Yen's runs at most k · maxHops of them, for O(k · maxHops² · (V + E))
     * overall, and in practice far less since rounds prune anything no better than the best target
     * found. Memory: O(V) per calling thread, reused, plus O(maxHops · V) records at worst.
     */
    public static List<Path> bestPaths(GraphView g, int source, IntPredicate isTarget, IntPredicate usableHop, int k,
            int maxHops) {
        int n = g.nodeCount();
        checkNode(source, n, "source");
        if (k < 1 || maxHops < 1 || isTarget.test(source)) {
            return List.of();
        }
        Workspace ws = Workspace.get(n);
        Widest widest = new Widest(g, ws, isTarget, usableHop);
        widest.markNear(maxHops / 2);
        Candidate first = widest.search(source, Integer.MAX_VALUE, maxHops, new int[0], 0, null, 0);
        if (first == null) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        found.add(first);
        PriorityQueue<Candidate> waiting = new PriorityQueue<>(RANK);
        Set<Candidate> seen = new HashSet<>();
        seen.add(first);
        while (found.size() < k) {
            Candidate previous = found.get(found.size() - 1);
            for (int j = 0; j < previous.nodes.length - 1 && j < maxHops; j++) {
                int[] blockedFirst = new int[found.size()];
                int blocked = 0;
                for (Candidate p : found) {
                    if (p.nodes.length > j + 1 && Arrays.equals(p.nodes, 0, j + 1, previous.nodes, 0, j + 1)) {
                        blockedFirst[blocked++] = p.nodes[j + 1];
                    }
                }
                int cap = j == 0 ? Integer.MAX_VALUE : previous.widths[j];
                Candidate spur = widest.search(previous.nodes[j], cap, maxHops - j, blockedFirst, blocked,
                        previous.nodes, j);
                if (spur != null) {
                    Candidate joined = previous.join(j, spur);
                    if (seen.add(joined)) {
                        waiting.add(joined);
                    }
                }
            }
            Candidate next = waiting.poll();
            if (next == null) {
                break;
            }
            found.add(next);
        }
        List<Path> paths = new ArrayList<>(found.size());
        for (Candidate c : found) {
            paths.add(new Path(c.nodes, c.weakest()));
        }
        return List.copyOf(paths);
    }

    /**
     * How many edges the calling thread's {@link #shortestPath} calls have scanned so far: the
     * benchmark divides it by queries and time to compare with memory bandwidth.
     */
    public static long scannedEdges() {
        return Workspace.get(0).scanned;
    }

    static void checkNode(int node, int nodeCount, String what) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException(what + " must be a node 0.." + (nodeCount - 1) + ": " + node);
        }
    }

    /**
     * A path under construction: {@code widths[i]} is the weakest tie from the start to {@code nodes[i]}
     * ({@link Integer#MAX_VALUE} at the start), so the last is the path's weakest tie.
     */
    record Candidate(int[] nodes, int[] widths) {
        int weakest() {
            return widths[widths.length - 1];
        }

        /** This path's first {@code j + 1} nodes followed by {@code spur} (which starts at {@code nodes[j]}). */
        Candidate join(int j, Candidate spur) {
            int length = j + spur.nodes.length;
            int[] n = Arrays.copyOf(nodes, length);
            int[] w = Arrays.copyOf(widths, length);
            System.arraycopy(spur.nodes, 0, n, j, spur.nodes.length);
            System.arraycopy(spur.widths, 0, w, j, spur.widths.length);
            w[j] = widths[j];
            return new Candidate(n, w);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Candidate c && Arrays.equals(c.nodes, nodes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(nodes);
        }
    }
}
