package dev.kith.network.graph;

/**
 * An undirected graph over the nodes {@code 0..nodeCount()-1}, each edge carrying a tie strength
 * (weight 0..100) and a label the caller maps to the reason the edge exists. Implementations say
 * whether they are immutable; {@link PathSearch} expects the view not to change during one query.
 */
public interface GraphView {
    /** The number of nodes; node ids run from 0 to this minus one. */
    int nodeCount();

    /** Calls {@code visitor} once per edge at {@code node} (parallel edges with different labels each once). */
    void forEachNeighbor(int node, NeighborVisitor visitor);

    /** The number of edges at {@code node}, parallel edges counted each. */
    int degree(int node);
}
