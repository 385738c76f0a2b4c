package dev.kith.bench.paths;

import dev.kith.network.graph.CompactGraph;

/**
 * A benchmark graph as every engine loads it: nodes {@code 0..nodes-1} and each undirected edge
 * once ({@code from[i] < to[i]}, no self-loops, no duplicates), built from Kith's compact graph so
 * all engines see exactly the same edges.
 */
public record EdgeList(String name, int nodes, int[] from, int[] to) {
    /** The undirected edges. */
    public int edges() {
        return from.length;
    }

    /** The simple undirected graph of {@code graph}: self-loops and parallel edges dropped. */
    public static EdgeList of(String name, CompactGraph graph) {
        long count = 0;
        for (int u = 0; u < graph.nodeCount(); u++) {
            int node = u;
            int[] last = {-1};
            int[] c = {0};
            graph.forEachNeighbor(u, (v, w, l) -> {
                if (v > node && v != last[0]) {
                    c[0]++;
                }
                last[0] = v;
            });
            count += c[0];
        }
        int[] from = new int[Math.toIntExact(count)];
        int[] to = new int[from.length];
        int[] i = {0};
        for (int u = 0; u < graph.nodeCount(); u++) {
            int node = u;
            int[] last = {-1};
            graph.forEachNeighbor(u, (v, w, l) -> {
                if (v > node && v != last[0]) {
                    from[i[0]] = node;
                    to[i[0]++] = v;
                }
                last[0] = v;
            });
        }
        return new EdgeList(name, graph.nodeCount(), from, to);
    }

    /** Kith's compact graph of these edges, every edge with weight 50 and label 0. */
    public CompactGraph toCompact() {
        CompactGraph.Builder builder = CompactGraph.builder(nodes);
        for (int i = 0; i < from.length; i++) {
            builder.addEdge(from[i], to[i], 50, 0);
        }
        return builder.build();
    }
}
