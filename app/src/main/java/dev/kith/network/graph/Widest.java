package dev.kith.network.graph;

import java.util.function.IntPredicate;

/**
 * The hop-bounded widest path from one node to the nearest-best target: the largest weakest tie
 * reachable within the hop budget, and among paths with that weakest tie the fewest hops. Runs
 * Bellman–Ford by rounds: round h extends only the nodes whose width improved in round h - 1,
 * using the widths they had then, so after round h every node holds the widest walk of at most h
 * hops. Targets are recorded, never extended. A walk that repeats a node could be shortcut into a
 * path no narrower and shorter, so the chosen (widest, then shortest) walk is a simple path.
 * O(hops · (V + E)).
 *
 * <p>Pruned by distance to the targets: {@link #markNear} stamps every node within {@code reach} hops
 * of some target (by breadth-first search from all of them, ignoring which nodes are usable, so the
 * distances are lower bounds). A node entered with {@code r} hops of the budget left, where
 * {@code r <= reach}, is extended only if it is within {@code r} of a target: no path through it could
 * end in time otherwise. With {@code reach} half the hop bound, every node of a path within the bound
 * is either near the start (not pruned) or near a target, so nothing reachable is lost; on a large
 * graph the search stays inside the two balls instead of the whole hop-bounded neighbourhood.
 * Not thread-safe (uses the calling thread's {@link Workspace}).
 */
final class Widest {
    private final GraphView g;
    private final CompactGraph compact;
    private final Workspace ws;
    private final IntPredicate isTarget;
    private final IntPredicate usable;
    private int[] frontier = new int[16];
    private int[] next = new int[16];
    private int nearStamp;
    private int reach = -1;

    Widest(GraphView g, Workspace ws, IntPredicate isTarget, IntPredicate usable) {
        this.g = g;
        this.compact = g instanceof CompactGraph c ? c : null;
        this.ws = ws;
        this.isTarget = isTarget;
        this.usable = usable;
    }

    /**
     * Stamps the nodes within {@code reach} hops of a target with their distance, for the pruning:
     * O(V) to find the targets plus the edges of the nodes within {@code reach - 1} hops of them.
     */
    void markNear(int reach) {
        int stamp = ws.nextNearStamp();
        int n = g.nodeCount();
        int[] queue = ws.queueA;
        int size = 0;
        for (int v = 0; v < n; v++) {
            if (isTarget.test(v)) {
                ws.near[v] = stamp;
                ws.nearDist[v] = 0;
                queue[size++] = v;
            }
        }
        for (int head = 0; head < size; head++) {
            int u = queue[head];
            int d = ws.nearDist[u];
            if (d >= reach) {
                continue;
            }
            int count = neighbors(u);
            for (int i = 0; i < count; i++) {
                int v = neighbor(u, i);
                if (ws.near[v] != stamp) {
                    ws.near[v] = stamp;
                    ws.nearDist[v] = d + 1;
                    queue[size++] = v;
                }
            }
        }
        this.nearStamp = stamp;
        this.reach = reach;
    }

    private int neighbors(int u) {
        if (compact != null) {
            return compact.offsets[u + 1] - compact.offsets[u];
        }
        ws.loadNeighbors(g, u);
        return ws.adjCount;
    }

    private int neighbor(int u, int i) {
        return compact != null ? compact.neighbors[compact.offsets[u] + i] : ws.adjNode[i];
    }

    /** Whether a node entered with {@code left} hops to spare may still reach a target in time. */
    private boolean canFinish(int v, int left) {
        return left > reach || (ws.near[v] == nearStamp && ws.nearDist[v] <= left);
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
                    } else if (usable.test(v) && canFinish(v, hops - round)) {
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
