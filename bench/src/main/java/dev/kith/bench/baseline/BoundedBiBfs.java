package dev.kith.bench.baseline;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The strongest algorithm for the benchmark's query, written once over a library's adjacency: a
 * hop-bounded bidirectional breadth-first search that expands, level by level, the side whose
 * frontier has the smaller total degree and stops at the first meeting, as Kith's engine does. The
 * JGraphT and Neo4j rows run it against their own graph APIs, so the comparison measures the graph
 * representation, not a weaker search. Marks are stamped with a per-query epoch, so a query
 * allocates only its frontiers and result. Single-threaded.
 */
final class BoundedBiBfs {
    /** A library's view of the graph: a node's degree and its neighbours. */
    interface Adjacency {
        int degree(int node);

        void forEachNeighbor(int node, IntConsumer visit);
    }

    private final Adjacency graph;
    private final int[] forwardMark;
    private final int[] backwardMark;
    private final int[] forwardParent;
    private final int[] backwardParent;
    private int epoch;
    private int meeting;

    BoundedBiBfs(Adjacency graph, int nodes) {
        this.graph = graph;
        this.forwardMark = new int[nodes];
        this.backwardMark = new int[nodes];
        this.forwardParent = new int[nodes];
        this.backwardParent = new int[nodes];
    }

    /** The nodes of a shortest path from {@code source} to {@code target} within {@code maxHops}, or null. */
    int[] path(int source, int target, int maxHops) {
        if (source == target) {
            return new int[] {source};
        }
        int e = ++epoch;
        forwardMark[source] = e;
        forwardParent[source] = -1;
        backwardMark[target] = e;
        backwardParent[target] = -1;
        Frontier forward = new Frontier(source);
        Frontier backward = new Frontier(target);
        meeting = -1;
        for (int hops = 0; hops < maxHops && forward.size > 0 && backward.size > 0; hops++) {
            boolean fromSource = weight(forward) <= weight(backward);
            boolean last = hops == maxHops - 1;
            Frontier next = fromSource ? expand(forward, forwardMark, forwardParent, backwardMark, e, last)
                    : expand(backward, backwardMark, backwardParent, forwardMark, e, last);
            if (meeting >= 0) {
                return join(meeting);
            }
            if (fromSource) {
                forward = next;
            } else {
                backward = next;
            }
        }
        return null;
    }

    private long weight(Frontier f) {
        long sum = 0;
        for (int i = 0; i < f.size; i++) {
            sum += graph.degree(f.nodes[i]);
        }
        return sum;
    }

    /**
     * The next level from {@code from}; on the {@code last} level only a meeting is looked for (as Kith's
     * engine does), since nothing marked there would be read again.
     */
    private Frontier expand(Frontier from, int[] mark, int[] parent, int[] other, int e, boolean last) {
        Frontier next = new Frontier();
        for (int i = 0; i < from.size && meeting < 0; i++) {
            int u = from.nodes[i];
            if (last) {
                graph.forEachNeighbor(u, v -> {
                    if (meeting < 0 && other[v] == e) {
                        mark[v] = e;
                        parent[v] = u;
                        meeting = v;
                    }
                });
                continue;
            }
            graph.forEachNeighbor(u, v -> {
                if (meeting >= 0 || mark[v] == e) {
                    return;
                }
                mark[v] = e;
                parent[v] = u;
                if (other[v] == e) {
                    meeting = v;
                } else {
                    next.add(v);
                }
            });
        }
        return next;
    }

    private int[] join(int middle) {
        int before = 0;
        for (int v = middle; v >= 0; v = forwardParent[v]) {
            before++;
        }
        int after = 0;
        for (int v = backwardParent[middle]; v >= 0; v = backwardParent[v]) {
            after++;
        }
        int[] path = new int[before + after];
        int i = before - 1;
        for (int v = middle; v >= 0; v = forwardParent[v]) {
            path[i--] = v;
        }
        i = before;
        for (int v = backwardParent[middle]; v >= 0; v = backwardParent[v]) {
            path[i++] = v;
        }
        return path;
    }

    /** A growable list of nodes. */
    private static final class Frontier {
        int[] nodes = new int[16];
        int size;

        Frontier() {
        }

        Frontier(int node) {
            add(node);
        }

        void add(int node) {
            if (size == nodes.length) {
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            nodes[size++] = node;
        }
    }
}
