package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import dev.kith.bench.paths.PathEngine;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;

/**
 * JGraphT's own {@code BidirectionalDijkstraShortestPath} with unit weights, bounded by the hop radius,
 * on the same compact graph; a new instance per query, as its documentation intends for one pair.
 * An extra row: Dijkstra's heap costs more than a breadth-first search's queue.
 */
public final class JGraphTBidiEngine implements PathEngine {
    private Graph<Integer, Integer> graph;

    @Override
    public String name() {
        return "jgrapht-bidijkstra";
    }

    @Override
    public void load(EdgeList edges) {
        graph = JGraphTGraphs.of(edges);
    }

    @Override
    public int[][] paths(int source, int target, int maxHops) {
        GraphPath<Integer, Integer> path = new BidirectionalDijkstraShortestPath<>(graph, maxHops).getPath(source, target);
        return path == null || path.getLength() > maxHops ? new int[0][] : PathEngine.answer(JGraphTGraphs.nodes(path));
    }

    @Override
    public void close() {
        graph = null;
        JGraphTGraphs.release();
    }
}
