package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import dev.kith.bench.paths.PathEngine;
import java.util.function.IntConsumer;
import org.jgrapht.Graph;

/**
 * JGraphT at its best for this query: the hop-bounded bidirectional BFS ({@link BoundedBiBfs}) written
 * against JGraphT's {@code Graph} API ({@code degreeOf}, {@code edgesOf}, {@code getEdgeSource/Target})
 * on its compact {@code SparseIntUndirectedGraph}.
 */
public final class JGraphTBiBfsEngine implements PathEngine {
    private BoundedBiBfs search;

    @Override
    public String name() {
        return "jgrapht-bibfs";
    }

    @Override
    public void load(EdgeList edges) {
        Graph<Integer, Integer> g = JGraphTGraphs.of(edges);
        search = new BoundedBiBfs(new BoundedBiBfs.Adjacency() {
            @Override
            public int degree(int node) {
                return g.degreeOf(node);
            }

            @Override
            public void forEachNeighbor(int node, IntConsumer visit) {
                for (Integer e : g.edgesOf(node)) {
                    int s = g.getEdgeSource(e);
                    visit.accept(s == node ? g.getEdgeTarget(e) : s);
                }
            }
        }, edges.nodes());
    }

    @Override
    public int[][] paths(int source, int target, int maxHops) {
        return PathEngine.answer(search.path(source, target, maxHops));
    }

    @Override
    public void close() {
        search = null;
        JGraphTGraphs.release();
    }
}
