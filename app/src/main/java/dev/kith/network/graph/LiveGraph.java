package dev.kith.network.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The graph kept current as the book changes: an immutable {@link CompactGraph} base plus a small
 * immutable overlay of per-node changes, published together through one volatile reference
 * (copy-on-write). The overlay is split into {@value Overlay#SHARDS} maps by node, so a writer copies
 * only the one or two maps it changes: O(overlay / {@value Overlay#SHARDS}) per write. Writers are
 * serialized; once the overlay holds more than {@code max(4096, E / 16)} entries it is compacted into
 * a new base in O(V + E log d). Readers never block and never see a half-applied write. Thread-safe.
 *
 * <p>Edges are keyed by their two ends and label: {@link #addEdge} sets the weight of that edge
 * (adding or replacing it), {@link #removeEdge} removes it. Nodes are added with
 * {@link #ensureNodes} or implicitly by an edge that names them.
 */
public final class LiveGraph implements GraphView {
    private static final int MIN_OVERLAY = 4096;

    private volatile State state;

    /** A live graph starting from {@code base}. */
    public LiveGraph(CompactGraph base) {
        this.state = new State(base, base.nodeCount(), Overlay.EMPTY, 0);
    }

    /** An empty live graph with no nodes. */
    public LiveGraph() {
        this(CompactGraph.empty(0));
    }

    /** An immutable, consistent view of the graph as it is now; use one per query. O(1). */
    public GraphView snapshot() {
        return state.view;
    }

    /** Replaces the whole graph, e.g. after reloading it from the store. */
    public synchronized void reset(CompactGraph base) {
        state = new State(base, base.nodeCount(), Overlay.EMPTY, 0);
    }

    /** Makes sure nodes {@code 0..n-1} exist (new ones have no edges). */
    public synchronized void ensureNodes(int n) {
        State s = state;
        if (n > s.nodeCount) {
            state = new State(s.base, n, s.overlay, s.overlaySize);
        }
    }

    /**
     * Adds the undirected edge {@code a—b} with this label, or sets its weight when it exists.
     * Weight 0..{@value CompactGraph#MAX_WEIGHT}, label 0..{@value CompactGraph#MAX_LABEL}.
     */
    public synchronized void addEdge(int a, int b, int weight, int label) {
        check(a, b, label);
        if (weight < 0 || weight > CompactGraph.MAX_WEIGHT) {
            throw new IllegalArgumentException("weight must be 0.." + CompactGraph.MAX_WEIGHT + ": " + weight);
        }
        State s = state;
        Overlay.Writer w = s.overlay.writer();
        int size = s.overlaySize + w.update(a, d -> d.put(b, weight, label, s.base.hasEdge(a, b, label)));
        if (a != b) {
            size += w.update(b, d -> d.put(a, weight, label, s.base.hasEdge(b, a, label)));
        }
        publish(s.base, Math.max(s.nodeCount, Math.max(a, b) + 1), w.done(), size);
    }

    /** Removes the edge {@code a—b} with this label; returns whether there was one. */
    public synchronized boolean removeEdge(int a, int b, int label) {
        check(a, b, label);
        State s = state;
        if (a >= s.nodeCount || b >= s.nodeCount || !s.overlay.get(a).has(b, label, s.base.hasEdge(a, b, label))) {
            return false;
        }
        Overlay.Writer w = s.overlay.writer();
        int size = s.overlaySize + w.update(a, d -> d.without(b, label, s.base.hasEdge(a, b, label)));
        if (a != b) {
            size += w.update(b, d -> d.without(a, label, s.base.hasEdge(b, a, label)));
        }
        publish(s.base, s.nodeCount, w.done(), size);
        return true;
    }

    @Override
    public int nodeCount() {
        return state.nodeCount;
    }

    /** The neighbors as of now; for a query spanning many calls use {@link #snapshot()}. */
    @Override
    public void forEachNeighbor(int node, NeighborVisitor visitor) {
        state.view.forEachNeighbor(node, visitor);
    }

    @Override
    public int degree(int node) {
        return state.view.degree(node);
    }

    private void publish(CompactGraph base, int nodeCount, Overlay overlay, int overlaySize) {
        State next = new State(base, nodeCount, overlay, overlaySize);
        if (overlaySize > Math.max(MIN_OVERLAY, base.neighbors.length / 16)) {
            CompactGraph compacted = CompactGraph.copyOf(next.view);
            next = new State(compacted, compacted.nodeCount(), Overlay.EMPTY, 0);
        }
        state = next;
    }

    private static void check(int a, int b, int label) {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("nodes must not be negative: " + a + ", " + b);
        }
        if (label < 0 || label > CompactGraph.MAX_LABEL) {
            throw new IllegalArgumentException("label must be 0.." + CompactGraph.MAX_LABEL + ": " + label);
        }
    }

    /** One published version: base, node count, overlay, and the view readers get. */
    private static final class State {
        final CompactGraph base;
        final int nodeCount;
        final Overlay overlay;
        final int overlaySize;
        final GraphView view;

        State(CompactGraph base, int nodeCount, Overlay overlay, int overlaySize) {
            this.base = base;
            this.nodeCount = nodeCount;
            this.overlay = overlay;
            this.overlaySize = overlaySize;
            this.view = overlaySize == 0 && nodeCount == base.nodeCount() ? base
                    : new OverlayView(base, nodeCount, overlay);
        }
    }

    /** The per-node deltas in {@value #SHARDS} maps by node; immutable once published. */
    static final class Overlay {
        static final int SHARDS = 64;
        static final Overlay EMPTY = new Overlay(emptyShards());

        private final Map<Integer, Delta>[] shards;

        private Overlay(Map<Integer, Delta>[] shards) {
            this.shards = shards;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Map<Integer, Delta>[] emptyShards() {
            Map<Integer, Delta>[] shards = new Map[SHARDS];
            java.util.Arrays.fill(shards, Map.of());
            return shards;
        }

        /** The changes at {@code node}, {@link Delta#NONE} when none; null-free. */
        Delta get(int node) {
            return shards[node & (SHARDS - 1)].getOrDefault(node, Delta.NONE);
        }

        Delta find(int node) {
            return shards[node & (SHARDS - 1)].get(node);
        }

        Writer writer() {
            return new Writer(shards.clone());
        }

        /** A copy under construction: each shard it changes is copied once. */
        static final class Writer {
            private final Map<Integer, Delta>[] shards;
            private final boolean[] copied = new boolean[SHARDS];

            private Writer(Map<Integer, Delta>[] shards) {
                this.shards = shards;
            }

            /** Applies {@code change} to the delta of {@code node}; returns how much the overlay grew. */
            int update(int node, UnaryOperator<Delta> change) {
                int shard = node & (SHARDS - 1);
                if (!copied[shard]) {
                    shards[shard] = new HashMap<>(shards[shard]);
                    copied[shard] = true;
                }
                Delta before = shards[shard].getOrDefault(node, Delta.NONE);
                Delta after = change.apply(before);
                if (after.size() == 0) {
                    shards[shard].remove(node);
                } else {
                    shards[shard].put(node, after);
                }
                return after.size() - before.size();
            }

            Overlay done() {
                return new Overlay(shards);
            }
        }
    }
}
