package dev.kith.bench.paths;

import dev.kith.network.graph.CompactGraph;
import dev.kith.network.graph.PathSearch;
import java.util.List;

/**
 * The product's own query, as {@code kith path} runs it: the {@value #K} best explained paths of at
 * most the hop bound from s to t, ranked by their weakest tie ({@link PathSearch#bestPaths}, Yen's
 * algorithm over a hop-bounded widest-path search). A book's ties have strengths, so each edge gets
 * a weight of 1..100 drawn from its two ends (the same on every run); every node may be a hop.
 */
final class KithPathsEngine implements PathEngine {
    static final int K = 3;
    private CompactGraph graph;

    @Override
    public String name() {
        return "kith-paths";
    }

    @Override
    public boolean shortest() {
        return false;
    }

    @Override
    public void load(EdgeList edges) {
        graph = weighted(edges);
    }

    /** {@code edges} with each edge weighted 1..100 by a hash of its ends. */
    static CompactGraph weighted(EdgeList edges) {
        CompactGraph.Builder builder = CompactGraph.builder(edges.nodes());
        int[] from = edges.from();
        int[] to = edges.to();
        for (int i = 0; i < from.length; i++) {
            builder.addEdge(from[i], to[i], weight(from[i], to[i]), 0);
        }
        return builder.build();
    }

    /** The weight of the edge between {@code a} and {@code b}: 1..100, symmetric. */
    static int weight(int a, int b) {
        long x = (long) Math.min(a, b) << 32 | Math.max(a, b);
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return 1 + (int) Long.remainderUnsigned(x, 100);
    }

    @Override
    public int[][] paths(int source, int target, int maxHops) {
        List<PathSearch.Path> found = PathSearch.bestPaths(graph, source, n -> n == target, n -> true, K, maxHops);
        int[][] out = new int[found.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = found.get(i).nodes();
        }
        return out;
    }

    @Override
    public long bytesUsed() {
        return graph.bytesUsed();
    }
}
