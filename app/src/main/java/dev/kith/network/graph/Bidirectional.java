package dev.kith.network.graph;

/**
 * Bidirectional breadth-first search, level by level from whichever side has the smaller frontier
 * (by total degree). One node array {@code mark} tells which side reached a node in this query (its
 * epoch stamp), {@code parent} how. The first meeting is a shortest path: before a level is expanded
 * the two balls of radius a and b are disjoint, so the distance is at least a + b + 1, and every
 * meeting found while expanding one side by one level has length at most a + b + 1.
 */
final class Bidirectional {
    private Bidirectional() {
    }

    /**
     * The search on a compact graph, in tight loops. The two sides' stamps are the query's two fresh
     * epochs, above every stamp of an earlier query, so the common case, a neighbour new to this query,
     * is one comparison. The first level, from the end with fewer edges, reads no stamps: a sorted edge list
     * holds each neighbour once but for parallel edges (side by side) and a loop, and the other end is
     * recognised by its id, so a one-hop pair is answered there. The last level only looks for the other
     * side's stamp, since nothing it would mark, link, queue or sum is ever read; an end without edges
     * answers at once.
     */
    static int[] compact(CompactGraph g, int source, int target, int maxHops) {
        final int[] offsets = g.offsets;
        final int[] neighbors = g.neighbors;
        int sFirst = offsets[source];
        int sLast = offsets[source + 1];
        int tFirst = offsets[target];
        int tLast = offsets[target + 1];
        if (sFirst == sLast || tFirst == tLast) {
            return null; // an end without edges
        }
        Workspace ws = Workspace.get(g.nodeCount);
        final int forward = ws.nextEpochs(2); // taken together: never split by a reset of the stamps
        final int backward = forward + 1;
        final int[] mark = ws.mark;
        final int[] parent = ws.parent;
        final int[] fq = ws.queueA;
        final int[] bq = ws.queueB;
        mark[source] = forward;
        mark[target] = backward;
        parent[source] = -1;
        parent[target] = -1;
        fq[0] = source;
        bq[0] = target;
        int fHead = 0;
        int fTail = 1;
        int bHead = 0;
        int bTail = 1;
        long fWork = sLast - sFirst;
        long bWork = tLast - tFirst;
        long scanned = 0;
        int depth = 0;
        if (maxHops > 1) {
            // The first level, from the end with fewer edges: its sorted edges hold each neighbour once, but
            // for parallel edges (next to each other) and a loop to itself, and nothing else is marked yet.
            boolean fromSource = fWork <= bWork;
            int u = fromSource ? source : target;
            int otherEnd = fromSource ? target : source;
            int own = fromSource ? forward : backward;
            int[] q = fromSource ? fq : bq;
            int first = fromSource ? sFirst : tFirst;
            int last = fromSource ? sLast : tLast;
            int tail = 1;
            long work = 0;
            int previous = u;
            for (int e = first; e < last; e++) {
                int v = neighbors[e];
                if (v == otherEnd) {
                    ws.scanned += last - first;
                    return new int[] {source, target};
                }
                if (v != previous && v != u) {
                    mark[v] = own;
                    parent[v] = u;
                    q[tail++] = v;
                    work += offsets[v + 1] - offsets[v];
                    previous = v;
                }
            }
            scanned += last - first;
            if (tail == 1) {
                ws.scanned += scanned;
                return null; // only loops to itself
            }
            if (fromSource) {
                fHead = 1;
                fTail = tail;
                fWork = work;
            } else {
                bHead = 1;
                bTail = tail;
                bWork = work;
            }
            depth = 1;
        }
        for (; depth < maxHops; depth++) {
            boolean fromSource = fWork <= bWork;
            int[] q = fromSource ? fq : bq;
            int head = fromSource ? fHead : bHead;
            int end = fromSource ? fTail : bTail;
            int own = fromSource ? forward : backward;
            int other = fromSource ? backward : forward;
            if (depth == maxHops - 1) {
                for (int i = head; i < end; i++) {
                    int u = q[i];
                    int first = offsets[u];
                    int last = offsets[u + 1];
                    scanned += last - first;
                    for (int e = first; e < last; e++) {
                        int v = neighbors[e];
                        if (mark[v] == other) {
                            ws.scanned += scanned;
                            return fromSource ? join(parent, u, v) : join(parent, v, u);
                        }
                    }
                }
                ws.scanned += scanned;
                return null;
            }
            int tail = end;
            long work = 0; // the next level's cost, to choose the side
            for (int i = head; i < end; i++) {
                int u = q[i];
                int first = offsets[u];
                int last = offsets[u + 1];
                scanned += last - first;
                for (int e = first; e < last; e++) {
                    int v = neighbors[e];
                    int m = mark[v];
                    if (m < forward) { // new to this query
                        mark[v] = own;
                        parent[v] = u;
                        q[tail++] = v;
                        work += offsets[v + 1] - offsets[v];
                    } else if (m == other) {
                        ws.scanned += scanned;
                        return fromSource ? join(parent, u, v) : join(parent, v, u);
                    }
                }
            }
            if (tail == end) {
                ws.scanned += scanned;
                return null; // this side is exhausted: the two components differ
            }
            if (fromSource) {
                fHead = end;
                fTail = tail;
                fWork = work;
            } else {
                bHead = end;
                bTail = tail;
                bWork = work;
            }
        }
        ws.scanned += scanned;
        return null;
    }

    static int[] generic(GraphView g, Workspace ws, int source, int target, int maxHops, int forward, int backward) {
        final int[] mark = ws.mark;
        final int[] parent = ws.parent;
        final int[] fq = ws.queueA;
        final int[] bq = ws.queueB;
        mark[source] = forward;
        parent[source] = -1;
        mark[target] = backward;
        parent[target] = -1;
        fq[0] = source;
        bq[0] = target;
        int fHead = 0;
        int fTail = 1;
        int bHead = 0;
        int bTail = 1;
        long fWork = g.degree(source);
        long bWork = g.degree(target);
        for (int depth = 0; depth < maxHops; depth++) {
            boolean fromSource = fWork <= bWork;
            int[] q = fromSource ? fq : bq;
            int own = fromSource ? forward : backward;
            int other = fromSource ? backward : forward;
            int head = fromSource ? fHead : bHead;
            int end = fromSource ? fTail : bTail;
            int tail = end;
            long work = 0;
            for (int i = head; i < end; i++) {
                int u = q[i];
                ws.loadNeighbors(g, u);
                ws.scanned += ws.adjCount;
                for (int e = 0; e < ws.adjCount; e++) {
                    int v = ws.adjNode[e];
                    int m = mark[v];
                    if (m == own) {
                        continue;
                    }
                    if (m == other) {
                        return fromSource ? join(parent, u, v) : join(parent, v, u);
                    }
                    mark[v] = own;
                    parent[v] = u;
                    q[tail++] = v;
                    work += g.degree(v);
                }
            }
            if (tail == end) {
                return null;
            }
            if (fromSource) {
                fHead = end;
                fTail = tail;
                fWork = work;
            } else {
                bHead = end;
                bTail = tail;
                bWork = work;
            }
        }
        return null;
    }

    /** The path source..{@code sourceSide}, {@code targetSide}..target through the parent links of both sides. */
    private static int[] join(int[] parent, int sourceSide, int targetSide) {
        int left = 0;
        for (int x = sourceSide; x != -1; x = parent[x]) {
            left++;
        }
        int right = 0;
        for (int x = targetSide; x != -1; x = parent[x]) {
            right++;
        }
        int[] path = new int[left + right];
        int i = left - 1;
        for (int x = sourceSide; x != -1; x = parent[x]) {
            path[i--] = x;
        }
        i = left;
        for (int x = targetSide; x != -1; x = parent[x]) {
            path[i++] = x;
        }
        return path;
    }
}
