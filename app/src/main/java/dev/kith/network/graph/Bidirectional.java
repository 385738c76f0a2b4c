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

    static int[] compact(CompactGraph g, Workspace ws, int source, int target, int maxHops, int forward, int backward) {
        final int[] offsets = g.offsets;
        final int[] neighbors = g.neighbors;
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
        long fWork = offsets[source + 1] - offsets[source];
        long bWork = offsets[target + 1] - offsets[target];
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
                ws.scanned += offsets[u + 1] - offsets[u];
                for (int e = offsets[u], last = offsets[u + 1]; e < last; e++) {
                    int v = neighbors[e];
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
                    work += offsets[v + 1] - offsets[v];
                }
            }
            if (tail == end) {
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
