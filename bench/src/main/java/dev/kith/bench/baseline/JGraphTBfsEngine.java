package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import dev.kith.bench.paths.PathEngine;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;

/**
 * JGraphT's {@code BFSShortestPath}: a one-sided breadth-first search from the source. It takes no
 * hop bound, so a path longer than {@code maxHops} is reported as none afterwards.
 */
public final class JGraphTBfsEngine implements PathEngine {
    private BFSShortestPath<Integer, DefaultEdge> bfs;

    @Override
    public String name() {
        return "jgrapht";
    }

    @Override
    public void load(EdgeList graph) {
        Graph<Integer, DefaultEdge> g = JGraphTGraphs.of(graph);
        bfs = new BFSShortestPath<>(g);
    }

    @Override
    public int hops(int source, int target, int maxHops) {
        GraphPath<Integer, DefaultEdge> path = bfs.getPath(source, target);
        return path == null || path.getLength() > maxHops ? -1 : path.getLength();
    }
}
