package dev.kith.network.graph;

import java.util.Arrays;

/**
 * An immutable undirected graph in compressed-sparse-row form: one {@code int} offset per node,
 * then per edge end a neighbor {@code int}, a weight {@code byte} and, only when some label is not
 * 0, a label in the narrowest array that holds the largest one (byte, char or int). An undirected
 * edge is stored at both ends, so it costs 10 bytes without labels, 12 with labels below 256.
 * Each node's edges are sorted by neighbor, then label. Safe to share between threads.
 */
public final class CompactGraph implements GraphView {
    /** The largest label: labels are packed beside node and weight into one long while building. */
    public static final int MAX_LABEL = (1 << 23) - 1;
    /** The largest weight (tie strength). */
    public static final int MAX_WEIGHT = 100;

    final int nodeCount;
    final int[] offsets;
    final int[] neighbors;
    final byte[] weights;
    private final byte[] labels8;
    private final char[] labels16;
    private final int[] labels32;

    private CompactGraph(int nodeCount, int[] offsets, int[] neighbors, byte[] weights, byte[] labels8,
            char[] labels16, int[] labels32) {
        this.nodeCount = nodeCount;
        this.offsets = offsets;
        this.neighbors = neighbors;
        this.weights = weights;
        this.labels8 = labels8;
        this.labels16 = labels16;
        this.labels32 = labels32;
    }

    /** A builder for a graph of {@code nodeCount} nodes. */
    public static Builder builder(int nodeCount) {
        return new Builder(nodeCount);
    }

    /** An empty graph of {@code nodeCount} isolated nodes. */
    public static CompactGraph empty(int nodeCount) {
        return builder(nodeCount).build();
    }

    /** An immutable copy of {@code view} (every edge once per pair of ends and label). O(V + E log d). */
    public static CompactGraph copyOf(GraphView view) {
        if (view instanceof CompactGraph compact) {
            return compact;
        }
        Builder builder = builder(view.nodeCount());
        for (int node = 0; node < view.nodeCount(); node++) {
            int from = node;
            view.forEachNeighbor(node, (neighbor, weight, label) -> {
                if (from <= neighbor) {
                    builder.addEdge(from, neighbor, weight, label);
                }
            });
        }
        return builder.build();
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
        for (int i = offsets[node], end = offsets[node + 1]; i < end; i++) {
            visitor.visit(neighbors[i], weights[i], label(i));
        }
    }

    @Override
    public int degree(int node) {
        return node < 0 || node >= nodeCount ? 0 : offsets[node + 1] - offsets[node];
    }

    /** The {@code index}-th neighbor of {@code node} (0 ≤ index < degree), in neighbor order. O(1). */
    public int neighborAt(int node, int index) {
        if (index < 0 || index >= degree(node)) {
            throw new IndexOutOfBoundsException("node " + node + " has " + degree(node) + " edges: " + index);
        }
        return neighbors[offsets[node] + index];
    }

    /** Undirected edges (each pair of ends and label once; a self-loop counts once). */
    public long edgeCount() {
        long selfLoops = 0;
        for (int node = 0; node < nodeCount; node++) {
            for (int i = offsets[node], end = offsets[node + 1]; i < end; i++) {
                if (neighbors[i] == node) {
                    selfLoops++;
                }
            }
        }
        return (neighbors.length - selfLoops) / 2 + selfLoops;
    }

    /** The bytes the arrays hold (object headers aside). */
    public long bytesUsed() {
        long bytes = 4L * offsets.length + 4L * neighbors.length + weights.length;
        if (labels8 != null) {
            bytes += labels8.length;
        } else if (labels16 != null) {
            bytes += 2L * labels16.length;
        } else if (labels32 != null) {
            bytes += 4L * labels32.length;
        }
        return bytes;
    }

    /** The strongest weight among the edges between {@code a} and {@code b}, or -1 when none. O(log degree). */
    public int weight(int a, int b) {
        int best = strongest(a, b);
        return best < 0 ? -1 : weights[best];
    }

    /** The label of the strongest edge between {@code a} and {@code b}, or -1 when none. O(log degree). */
    public int label(int a, int b) {
        int best = strongest(a, b);
        return best < 0 ? -1 : label(best);
    }

    /** Whether an edge with this label joins {@code a} and {@code b}. O(log degree). */
    public boolean hasEdge(int a, int b, int label) {
        int i = first(a, b);
        if (i < 0) {
            return false;
        }
        for (int end = offsets[a + 1]; i < end && neighbors[i] == b; i++) {
            if (label(i) == label) {
                return true;
            }
        }
        return false;
    }

    private int strongest(int a, int b) {
        int i = first(a, b);
        if (i < 0) {
            return -1;
        }
        int best = i;
        for (int end = offsets[a + 1]; i < end && neighbors[i] == b; i++) {
            if (weights[i] > weights[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The index of the first edge from {@code a} to {@code b}, or -1. */
    private int first(int a, int b) {
        if (a < 0 || a >= nodeCount) {
            return -1;
        }
        int from = offsets[a];
        int to = offsets[a + 1];
        int i = Arrays.binarySearch(neighbors, from, to, b);
        if (i < 0) {
            return -1;
        }
        while (i > from && neighbors[i - 1] == b) {
            i--;
        }
        return i;
    }

    int label(int index) {
        if (labels8 != null) {
            return labels8[index] & 0xFF;
        }
        if (labels16 != null) {
            return labels16[index];
        }
        return labels32 == null ? 0 : labels32[index];
    }

    /**
     * Collects edges, then builds the graph in O(V + E log d) time (d the largest degree). Not
     * thread-safe; use one builder per thread.
     */
    public static final class Builder {
        private final int nodeCount;
        private int[] ends = new int[32];
        private byte[] edgeWeights = new byte[16];
        private int[] edgeLabels;
        private int size;
        private int maxLabel;

        private Builder(int nodeCount) {
            if (nodeCount < 0) {
                throw new IllegalArgumentException("nodeCount must not be negative: " + nodeCount);
            }
            this.nodeCount = nodeCount;
        }

        /**
         * Adds the undirected edge {@code a—b}; of duplicates (same ends, same label) the strongest
         * is kept. Weight is 0..{@value #MAX_WEIGHT}, label 0..{@value #MAX_LABEL}.
         */
        public Builder addEdge(int a, int b, int weight, int label) {
            checkNode(a);
            checkNode(b);
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new IllegalArgumentException("weight must be 0.." + MAX_WEIGHT + ": " + weight);
            }
            if (label < 0 || label > MAX_LABEL) {
                throw new IllegalArgumentException("label must be 0.." + MAX_LABEL + ": " + label);
            }
            if (size == edgeWeights.length) {
                int grown = size + Math.max(16, size >> 1);
                ends = Arrays.copyOf(ends, 2 * grown);
                edgeWeights = Arrays.copyOf(edgeWeights, grown);
                if (edgeLabels != null) {
                    edgeLabels = Arrays.copyOf(edgeLabels, grown);
                }
            }
            if (label != 0 && edgeLabels == null) {
                edgeLabels = new int[edgeWeights.length];
            }
            ends[2 * size] = a;
            ends[2 * size + 1] = b;
            edgeWeights[size] = (byte) weight;
            if (edgeLabels != null) {
                edgeLabels[size] = label;
            }
            maxLabel = Math.max(maxLabel, label);
            size++;
            return this;
        }

        private void checkNode(int node) {
            if (node < 0 || node >= nodeCount) {
                throw new IllegalArgumentException("node must be 0.." + (nodeCount - 1) + ": " + node);
            }
        }

        /** The graph of the edges added so far; the builder may go on collecting. */
        public CompactGraph build() {
            int[] degree = new int[nodeCount + 1];
            for (int e = 0; e < size; e++) {
                int a = ends[2 * e];
                int b = ends[2 * e + 1];
                degree[a]++;
                if (a != b) {
                    degree[b]++;
                }
            }
            int[] start = new int[nodeCount + 1];
            for (int node = 0; node < nodeCount; node++) {
                start[node + 1] = start[node] + degree[node];
            }
            // Each edge end packed as neighbor (31 bits) | label (23 bits) | weight (7 bits) | spare, sorted per node.
            long[] packed = new long[start[nodeCount]];
            int[] fill = Arrays.copyOf(start, nodeCount);
            for (int e = 0; e < size; e++) {
                int a = ends[2 * e];
                int b = ends[2 * e + 1];
                long rest = ((long) (edgeLabels == null ? 0 : edgeLabels[e]) << 8) | edgeWeights[e];
                packed[fill[a]++] = ((long) b << 32) | rest;
                if (a != b) {
                    packed[fill[b]++] = ((long) a << 32) | rest;
                }
            }
            int[] offsets = new int[nodeCount + 1];
            int kept = 0;
            for (int node = 0; node < nodeCount; node++) {
                Arrays.sort(packed, start[node], start[node + 1]);
                offsets[node] = kept;
                for (int i = start[node], end = start[node + 1]; i < end; i++) {
                    boolean lastOfGroup = i + 1 == end || (packed[i + 1] >>> 8) != (packed[i] >>> 8);
                    if (lastOfGroup) { // sorted by weight within a (neighbor, label) group: the last is the strongest
                        packed[kept++] = packed[i];
                    }
                }
            }
            offsets[nodeCount] = kept;
            int[] neighbors = new int[kept];
            byte[] weights = new byte[kept];
            byte[] labels8 = maxLabel == 0 || maxLabel > 0xFF ? null : new byte[kept];
            char[] labels16 = maxLabel <= 0xFF || maxLabel > 0xFFFF ? null : new char[kept];
            int[] labels32 = maxLabel <= 0xFFFF ? null : new int[kept];
            for (int i = 0; i < kept; i++) {
                long p = packed[i];
                neighbors[i] = (int) (p >>> 32);
                weights[i] = (byte) (p & 0x7F);
                int label = (int) ((p >>> 8) & MAX_LABEL);
                if (labels8 != null) {
                    labels8[i] = (byte) label;
                } else if (labels16 != null) {
                    labels16[i] = (char) label;
                } else if (labels32 != null) {
                    labels32[i] = label;
                }
            }
            return new CompactGraph(nodeCount, offsets, neighbors, weights, labels8, labels16, labels32);
        }
    }
}
