package dev.kith.network.graph;

/**
 * Bidirectional breadth-first search, level by level from whichever side has the smaller frontier
 * (by total degree). One node array {@code mark} tells which side reached a node in this query (its
 * epoch stamp), {@code parent} how. The first meeting is a shortest path: before a level is expanded
 * the two balls of radius a and b are disjoint, so the distance is at least a + b + 1, and every
 * meeting found while expanding one side by one level has length at most a + b + 1.
 */
final class Bidirectional {
    /**
     * Levels that scan fewer edges than this mark branch-free; larger ones test first. On ca-GrQc's small
     * levels branch-free is ~8% faster per query; on a Kronecker graph's large levels, where most
     * neighbours are already seen, writing every mark is ~20% slower.
     */
    private static final int BRANCH_FREE_BELOW = 64;

    private Bidirectional() {
    }

    /**
     * The search on a compact graph, in tight loops. Each side's visit stamps encode the level: side X
     * at level l is stamped {@code top(X) - l}, its stamps lying in {@code [top(X) - span + 1, top(X)]},
     * the forward side's below the backward side's, all above every stamp of an earlier query. So one
     * read tells whether a neighbour is new (below {@code base}), the other side's (in its range) or
     * this side's, and on small levels marking is branch-free: {@code max(old, stamp)} keeps an earlier,
     * higher stamp of this side and replaces anything older than the query (its parent likewise, by a
     * mask). The last level only looks for the other side's stamps, since nothing it would mark is ever read.
     */
    static int[] compact(CompactGraph g, Workspace ws, int source, int target, int maxHops) {
        final int[] offsets = g.offsets;
        final int[] neighbors = g.neighbors;
        if (offsets[source] == offsets[source + 1] || offsets[target] == offsets[target + 1]) {
            return null; // an end without edges
        }
        final int span = Math.min(maxHops, g.nodeCount) + 1;
        final int base = ws.nextEpochs(Math.toIntExact(2L * span));
        final int fTop = base + span - 1;
        final int bTop = base + 2 * span - 1;
        final int[] mark = ws.mark;
        final int[] parent = ws.parent;
        final int[] fq = ws.queueA;
        final int[] bq = ws.queueB;
        mark[source] = fTop;
        mark[target] = bTop;
        parent[source] = -1;
        parent[target] = -1;
        fq[0] = source;
        bq[0] = target;
        int fHead = 0;
        int fTail = 1;
        int bHead = 0;
        int bTail = 1;
        int fLevel = 0;
        int bLevel = 0;
        long fWork = offsets[source + 1] - offsets[source];
        long bWork = offsets[target + 1] - offsets[target];
        long scanned = 0;
        for (int depth = 0; depth < maxHops; depth++) {
            boolean fromSource = fWork <= bWork;
            int[] q = fromSource ? fq : bq;
            int head = fromSource ? fHead : bHead;
            int end = fromSource ? fTail : bTail;
            // v is the other side's when low <= mark[v] < low + span (low its lowest stamp): one unsigned comparison
            int shift = Integer.MIN_VALUE - (fromSource ? bTop - span + 1 : base);
            int limit = Integer.MIN_VALUE + span;
            if (depth == maxHops - 1) {
                for (int i = head; i < end; i++) {
                    int u = q[i];
                    int first = offsets[u];
                    int last = offsets[u + 1];
                    scanned += last - first;
                    for (int e = first; e < last; e++) {
                        int v = neighbors[e];
                        if (mark[v] + shift < limit) {
                            ws.scanned += scanned;
                            return fromSource ? join(parent, u, v) : join(parent, v, u);
                        }
                    }
                }
                ws.scanned += scanned;
                return null;
            }
            int stamp = (fromSource ? fTop - fLevel : bTop - bLevel) - 1;
            int tail = end;
            if ((fromSource ? fWork : bWork) < BRANCH_FREE_BELOW) {
                // Small levels, where new and seen neighbours mix unpredictably: no branch but the meeting.
                for (int i = head; i < end; i++) {
                    int u = q[i];
                    int first = offsets[u];
                    int last = offsets[u + 1];
                    scanned += last - first;
                    for (int e = first; e < last; e++) {
                        int v = neighbors[e];
                        int m = mark[v];
                        if (m + shift < limit) {
                            ws.scanned += scanned;
                            return fromSource ? join(parent, u, v) : join(parent, v, u);
                        }
                        int fresh = (m - base) >> 31; // all ones when v is new to this query, else 0
                        mark[v] = Math.max(m, stamp);
                        parent[v] = (u & fresh) | (parent[v] & ~fresh);
                        q[tail] = v;
                        tail -= fresh;
                    }
                }
            } else {
                // Large levels, where most neighbours are already seen: write only for the new ones.
                for (int i = head; i < end; i++) {
                    int u = q[i];
                    int first = offsets[u];
                    int last = offsets[u + 1];
                    scanned += last - first;
                    for (int e = first; e < last; e++) {
                        int v = neighbors[e];
                        int m = mark[v];
                        if (m < base) {
                            mark[v] = stamp;
                            parent[v] = u;
                            q[tail++] = v;
                        } else if (m + shift < limit) {
                            ws.scanned += scanned;
                            return fromSource ? join(parent, u, v) : join(parent, v, u);
                        }
                    }
                }
            }
            if (tail == end) {
                ws.scanned += scanned;
                return null; // this side is exhausted: the two components differ
            }
            long work = 0; // the next level's cost, to choose the side
            for (int i = end; i < tail; i++) {
                int v = q[i];
                work += offsets[v + 1] - offsets[v];
            }
            if (fromSource) {
                fHead = end;
                fTail = tail;
                fWork = work;
                fLevel++;
            } else {
                bHead = end;
                bTail = tail;
                bWork = work;
                bLevel++;
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
