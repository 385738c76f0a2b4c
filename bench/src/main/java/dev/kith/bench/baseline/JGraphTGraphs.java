package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.util.SupplierUtil;

/**
 * Builds a JGraphT graph of an {@link EdgeList} (Integer vertices, undirected), and keeps the last
 * one so the two JGraphT engines of one run share it instead of holding two copies.
 */
final class JGraphTGraphs {
    private static EdgeList lastEdges;
    private static Graph<Integer, DefaultEdge> lastGraph;

    private JGraphTGraphs() {
    }

    /**
     * An undirected graph without JGraphT's vertex-pair index (the {@code DefaultGraphSpecificsStrategy}):
     * the shortest-path algorithms walk adjacency sets and never look edges up by their ends, and the
     * index would double the memory at Kronecker scale 20. The edges are already simple.
     */
    static synchronized Graph<Integer, DefaultEdge> of(EdgeList edges) {
        if (lastEdges == edges) {
            return lastGraph;
        }
        lastEdges = null;
        lastGraph = null;
        Graph<Integer, DefaultEdge> g = new Lean();
        for (int v = 0; v < edges.nodes(); v++) {
            g.addVertex(v);
        }
        int[] from = edges.from();
        int[] to = edges.to();
        for (int i = 0; i < from.length; i++) {
            g.addEdge(from[i], to[i]);
        }
        lastEdges = edges;
        lastGraph = g;
        return g;
    }

    static synchronized void release() {
        lastEdges = null;
        lastGraph = null;
    }

    private static final class Lean extends AbstractBaseGraph<Integer, DefaultEdge> {
        private static final long serialVersionUID = 1L;

        Lean() {
            super(null, SupplierUtil.createDefaultEdgeSupplier(), DefaultGraphType.pseudograph(),
                    new DefaultGraphSpecificsStrategy<>());
        }
    }
}
