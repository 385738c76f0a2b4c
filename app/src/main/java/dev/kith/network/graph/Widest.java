package dev.kith.network.graph;

import java.util.function.IntPredicate;

/**
 * The hop-bounded widest path from one node to the nearest-best target: the largest weakest tie
 * reachable within the hop budget, and among paths with that weakest tie the fewest hops. Runs
 * Bellman–Ford by rounds: round h extends only the nodes whose width improved in round h - 1,
 * using the widths they had then, so after round h every node holds the widest walk of at most h
 * hops. Targets are recorded, never extended. A walk that repeats a node could be shortcut into a
 * path no narrower and shorter, so the chosen (widest, then shortest) walk is a simple path.
 * O(hops · (V + E)). Not thread-safe (uses the calling thread's {@link Workspace}).
 */
final class Widest {
    private final GraphView g;
    private final CompactGraph compact;
    private final Workspace ws;
    private final IntPredicate isTarget;
    private final IntPredicate usable;
    private int[] frontier = new int[16];
    private int[] next = new int[16];

    Widest(GraphView g, Workspace ws, IntPredicate isTarget, IntPredicate usable) {
        this.g = g;
        this.compact = g instanceof CompactGraph c ? c : null;
        this.ws = ws;
        this.isTarget = isTarget;
        this.usable = usable;
    }

    /**
     * The best path from {@code start} (whose width is {@code cap}) within {@code hops}, not
     * entering {@code banned[0..bannedCount)} nor, as the first step, {@code blockedFirst[0..blocked)};
     * null when no target is reachable.
     */
    PathSearch.Candidate search(int start, int cap, int hops, int[] blockedFirst, int blocked, int[] banned,
            int bannedCount) {
        int epoch = ws.nextEpoch();
        for (int i = 0; i < bannedCount; i++) {
            ws.banned[banned[i]] = epoch;
        }
        ws.records = 0;
        ws.mark[start] = epoch;
        ws.width[start] = Integer.MAX_VALUE; // never improved: the start is not revisited
        int frontierSize = 1;
        frontier[0] = ws.record(start, -1, cap);
        int bestWidth = -1;
        int bestRecord = -1;
        for (int round = 1; round <= hops && frontierSize > 0 && bestWidth < cap; round++) {
            int nextSize = 0;
            int roundStamp = ws.nextEpoch();
            for (int f = 0; f < frontierSize; f++) {
                int record = frontier[f];
                int u = ws.recNode[record];
                int wu = ws.recWidth[record];
                if (wu <= bestWidth) {
                    continue;
                }
                int from;
                int to;
                if (compact != null) {
                    from = compact.offsets[u];
                    to = compact.offsets[u + 1];
                } else {
                    ws.loadNeighbors(g, u);
                    from = 0;
                    to = ws.adjCount;
                }
                for (int e = from; e < to; e++) {
                    int v = compact != null ? compact.neighbors[e] : ws.adjNode[e];
                    int w = compact != null ? compact.weights[e] : ws.adjWeight[e];
                    int reached = Math.min(wu, w);
                    if (reached <= bestWidth || ws.banned[v] == epoch
                            || (ws.mark[v] == epoch && ws.width[v] >= reached)
                            || (round == 1 && contains(blockedFirst, blocked, v))) {
                        continue;
                    }
                    if (isTarget.test(v)) {
                        bestWidth = reached;
                        bestRecord = ws.record(v, record, reached);
                    } else if (usable.test(v)) {
                        ws.mark[v] = epoch;
                        ws.width[v] = reached;
                        ws.recordOf[v] = ws.record(v, record, reached);
                        if (ws.queued[v] != roundStamp) {
                            ws.queued[v] = roundStamp;
                            if (nextSize == next.length) {
                                next = java.util.Arrays.copyOf(next, nextSize * 2);
                            }
                            next[nextSize++] = v;
                        }
                    }
                }
            }
            for (int i = 0; i < nextSize; i++) {
                next[i] = ws.recordOf[next[i]];
            }
            int[] swap = frontier;
            frontier = next;
            next = swap;
            frontierSize = nextSize;
        }
        return bestRecord < 0 ? null : path(bestRecord);
    }

    private PathSearch.Candidate path(int record) {
        int length = 0;
        for (int r = record; r != -1; r = ws.recParent[r]) {
            length++;
        }
        int[] nodes = new int[length];
        int[] widths = new int[length];
        for (int r = record, i = length - 1; r != -1; r = ws.recParent[r], i--) {
            nodes[i] = ws.recNode[r];
            widths[i] = ws.recWidth[r];
        }
        return new PathSearch.Candidate(nodes, widths);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
