package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import dev.kith.bench.paths.PathEngine;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;

/**
 * JGraphT's {@code BidirectionalDijkstraShortestPath} with unit weights, bounded by the hop radius;
 * a new instance per query, as its documentation intends for one source–sink pair.
 */
public final class JGraphTBidiEngine implements PathEngine {
    private Graph<Integer, DefaultEdge> graph;

    @Override
    public String name() {
        return "jgrapht-bidi";
    }

    @Override
    public void load(EdgeList edges) {
        graph = JGraphTGraphs.of(edges);
    }

    @Override
    public int hops(int source, int target, int maxHops) {
        GraphPath<Integer, DefaultEdge> path = new BidirectionalDijkstraShortestPath<>(graph, maxHops)
                .getPath(source, target);
        return path == null || path.getLength() > maxHops ? -1 : path.getLength();
    }

    @Override
    public void close() {
        graph = null;
        JGraphTGraphs.release();
    }
}
