package dev.kith.network;

import dev.kith.network.graph.CompactGraph;
import dev.kith.network.graph.GraphView;
import dev.kith.network.graph.LiveGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network of one book as a graph: node 0 is me, the other nodes are the contacts ({@link People});
 * edges come from the {@link EdgeSource}s, at most one per pair when built (the strongest weight,
 * every reason kept in its words), each labelled with the index of its reason. Held in a
 * {@link LiveGraph}, so edges added later (a tie recorded in this process) are visible at once and
 * searches read a consistent snapshot while writes happen. Thread-safe.
 */
public final class BookGraph {
    private final People people;
    private final LiveGraph graph;
    /** Edge label to reason; appended to, never changed. Guarded by itself. */
    private final List<String> reasons;

    private BookGraph(People people, LiveGraph graph, List<String> reasons) {
        this.people = people;
        this.graph = graph;
        this.reasons = reasons;
    }

    /**
     * Builds the graph of {@code people} from {@code sources}. Time O(n + m + the sources' own work),
     * for n people and m edges; memory that of the {@link LiveGraph} plus one string per pair.
     */
    static BookGraph build(dev.kith.store.Database db, People people, List<EdgeSource> sources) {
        Collector collector = new Collector(people);
        for (EdgeSource source : sources) {
            source.load(db, people, collector);
        }
        List<String> reasons = new ArrayList<>(collector.edges.size());
        CompactGraph.Builder base = CompactGraph.builder(people.size());
        for (Collector.Acc acc : collector.edges.values()) {
            base.addEdge(acc.a, acc.b, acc.weight, reasons.size());
            reasons.add(acc.text());
        }
        return new BookGraph(people, new LiveGraph(base.build()), Collections.synchronizedList(reasons));
    }

    public People people() {
        return people;
    }

    /** A consistent view of the graph for one search; later writes do not change it. */
    public GraphView view() {
        return graph.snapshot();
    }

    /** Why label {@code label} exists, in words. */
    public String reason(int label) {
        return reasons.get(label);
    }

    /**
     * Adds the edge of a tie recorded after the graph was built, if both people are nodes other than
     * me; an existing edge between them stays, the new one lies beside it.
     */
    void addTie(Tie tie) {
        int a = people.node(tie.fromId());
        int b = people.node(tie.toId());
        if (a <= People.ME || b <= People.ME) {
            return;
        }
        int label;
        synchronized (reasons) {
            label = reasons.size();
            if (label > CompactGraph.MAX_LABEL) {
                return;
            }
            reasons.add(TieEdges.reason(tie, people.person(a).name(), people.person(b).name()));
        }
        graph.addEdge(a, b, TieEdges.weight(tie.kind()), label);
    }

    /** The strongest edge between nodes {@code a} and {@code b} in {@code view}: its weight and reason, or null. */
    static Edge edge(BookGraph g, GraphView view, int a, int b) {
        int[] best = {-1, -1};
        view.forEachNeighbor(a, (neighbor, weight, label) -> {
            if (neighbor == b && weight > best[0]) {
                best[0] = weight;
                best[1] = label;
            }
        });
        return best[1] < 0 ? null : new Edge(best[0], g.reason(best[1]));
    }

    /** One edge in words. */
    record Edge(int weight, String reason) {
    }

    /** Gathers the edges of all sources, one per pair: the strongest weight, reasons strongest first. */
    private static final class Collector implements EdgeSink {
        /** An odd constant (the golden ratio's bits): multiplying by it is invertible and spreads the bits. */
        private static final long MIX = 0x9E3779B97F4A7C15L;
        private final People people;
        private final Map<Long, Acc> edges = new HashMap<>();

        Collector(People people) {
            this.people = people;
        }

        private static final class Acc {
            final int a;
            final int b;
            int weight = -1;
            final List<Map.Entry<Integer, String>> reasons = new ArrayList<>(2);

            Acc(int a, int b) {
                this.a = a;
                this.b = b;
            }

            String text() {
                reasons.sort((x, y) -> Integer.compare(y.getKey(), x.getKey()));
                StringBuilder sb = new StringBuilder();
                for (Map.Entry<Integer, String> r : reasons) {
                    if (sb.indexOf(r.getValue()) < 0) {
                        sb.append(sb.isEmpty() ? "" : "; ").append(r.getValue());
                    }
                }
                return sb.toString();
            }
        }

        @Override
        public void edge(long a, long b, int weight, String reason) {
            add(people.node(a), people.node(b), weight, reason);
        }

        @Override
        public void fromMe(long contact, int weight, String reason) {
            add(People.ME, people.node(contact), weight, reason);
        }

        private void add(int a, int b, int weight, String reason) {
            if (a < 0 || b < 0 || a == b) {
                return;
            }
            int w = Math.max(0, Math.min(100, weight));
            int low = Math.min(a, b);
            int high = Math.max(a, b);
            // Mixed: Long's own hash of (low << 32 | high) is low ^ high, which collides by the thousand.
            // The map's order does not matter: the graph sorts each node's edges by neighbour.
            long key = (((long) low << 32) | high) * MIX;
            Acc acc = edges.computeIfAbsent(key, k -> new Acc(low, high));
            acc.weight = Math.max(acc.weight, w);
            acc.reasons.add(Map.entry(w, reason));
        }
    }
}
