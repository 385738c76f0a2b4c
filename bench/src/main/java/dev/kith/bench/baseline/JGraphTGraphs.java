package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;

/**
 * Builds JGraphT's most compact graph of an {@link EdgeList}, {@code SparseIntUndirectedGraph} from
 * jgrapht-opt (immutable, compressed sparse rows, vertices and edges as ints), and keeps the last one
 * so the JGraphT engines of one run share it instead of each holding a copy.
 */
final class JGraphTGraphs {
    private static EdgeList lastEdges;
    private static Graph<Integer, Integer> lastGraph;
    private static int users;

    private JGraphTGraphs() {
    }

    static synchronized Graph<Integer, Integer> of(EdgeList edges) {
        users++;
        if (lastEdges == edges) {
            return lastGraph;
        }
        int[] from = edges.from();
        int[] to = edges.to();
        lastGraph = new SparseIntUndirectedGraph(edges.nodes(), from.length,
                () -> java.util.stream.IntStream.range(0, from.length).mapToObj(i -> Pair.of(from[i], to[i])));
        lastEdges = edges;
        return lastGraph;
    }

    /** Drops the shared graph once its last engine is closed. */
    static synchronized void release() {
        if (--users <= 0) {
            users = 0;
            lastEdges = null;
            lastGraph = null;
        }
    }

    /** The path of a JGraphT answer as node ids, or null. */
    static int[] nodes(org.jgrapht.GraphPath<Integer, Integer> path) {
        if (path == null) {
            return null;
        }
        List<Integer> vertices = path.getVertexList();
        int[] out = new int[vertices.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = vertices.get(i);
        }
        return out;
    }
}
