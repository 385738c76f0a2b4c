package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import dev.kith.bench.paths.PathEngine;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;

/**
 * JGraphT's own {@code BFSShortestPath} on the same compact graph: a one-sided breadth-first search
 * from the source. It takes no hop bound, so a longer path is reported as none afterwards. An extra
 * row: it searches the whole component per query.
 */
public final class JGraphTBfsEngine implements PathEngine {
    private BFSShortestPath<Integer, Integer> bfs;

    @Override
    public String name() {
        return "jgrapht-bfs";
    }

    @Override
    public void load(EdgeList graph) {
        bfs = new BFSShortestPath<>(JGraphTGraphs.of(graph));
    }

    @Override
    public int[][] paths(int source, int target, int maxHops) {
        GraphPath<Integer, Integer> path = bfs.getPath(source, target);
        return path == null || path.getLength() > maxHops ? new int[0][] : PathEngine.answer(JGraphTGraphs.nodes(path));
    }

    @Override
    public void close() {
        bfs = null;
        JGraphTGraphs.release();
    }
}
