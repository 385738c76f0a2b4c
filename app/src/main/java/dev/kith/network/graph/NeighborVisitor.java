package dev.kith.network.graph;

/** Receives one edge of a node: the node at the other end, the tie strength 0..100 and the edge's label. */
@FunctionalInterface
public interface NeighborVisitor {
    void visit(int neighbor, int weight, int label);
}
