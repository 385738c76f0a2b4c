package dev.kith.network.graph;

/** An immutable view of a {@link CompactGraph} with per-node {@link Delta}s applied and possibly more nodes. */
final class OverlayView implements GraphView {
    private final CompactGraph base;
    private final int nodeCount;
    private final LiveGraph.Overlay deltas;

    OverlayView(CompactGraph base, int nodeCount, LiveGraph.Overlay deltas) {
        this.base = base;
        this.nodeCount = nodeCount;
        this.deltas = deltas;
    }

    @Override
    public int nodeCount() {
        return nodeCount;
    }

    @Override
    public void forEachNeighbor(int node, NeighborVisitor visitor) {
        if (node < 0 || node >= nodeCount) {
            return;
        }
        Delta delta = deltas.find(node);
        if (delta == null) {
            base.forEachNeighbor(node, visitor);
            return;
        }
        if (node < base.nodeCount) {
            for (int i = base.offsets[node], end = base.offsets[node + 1]; i < end; i++) {
                int neighbor = base.neighbors[i];
                int label = base.label(i);
                if (!delta.hides(neighbor, label)) {
                    visitor.visit(neighbor, base.weights[i], label);
                }
            }
        }
        for (int i = 0; i < delta.addedNode().length; i++) {
            visitor.visit(delta.addedNode()[i], delta.addedWeight()[i], delta.addedLabel()[i]);
        }
    }

    @Override
    public int degree(int node) {
        if (node < 0 || node >= nodeCount) {
            return 0;
        }
        Delta delta = deltas.find(node);
        int d = base.degree(node);
        return delta == null ? d : d - delta.hiddenNode().length + delta.addedNode().length;
    }
}
