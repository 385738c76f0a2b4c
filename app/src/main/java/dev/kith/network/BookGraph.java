package dev.kith.network;

import dev.kith.network.graph.CompactGraph;
import dev.kith.network.graph.GraphView;
import dev.kith.network.graph.LiveGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The network of one book as a graph: node 0 is me, the other nodes are the contacts ({@link People});
 * edges come from the {@link EdgeSource}s, at most one per pair when built (the strongest weight,
 * every reason kept, put into words when a path shows the edge), each labelled with the index of its reason. Held in a
 * {@link LiveGraph}, so edges added later (a tie recorded in this process) are visible at once and
 * searches read a consistent snapshot while writes happen. Thread-safe.
 */
public final class BookGraph {
    private final People people;
    private final LiveGraph graph;
    /** Edge label to reason: the built pairs' reasons, then those of ties added later. */
    private final Reasons reasons;

    private BookGraph(People people, LiveGraph graph, Reasons reasons) {
        this.people = people;
        this.graph = graph;
        this.reasons = reasons;
    }

    /**
     * Builds the graph of {@code people} from {@code sources}. Time O(n + m + the sources' own work),
     * for n people and m edges found (two counting sorts group the edges by pair, no map); memory that
     * of the {@link LiveGraph} plus each edge's reason as the source gave it, put into words only when
     * asked for ({@link #reason}).
     */
    static BookGraph build(dev.kith.store.Database db, People people, List<EdgeSource> sources) {
        return build(db, people, sources, null);
    }

    /**
     * {@link #build(dev.kith.store.Database, People, List)}, each source's edges taken from {@code recordings} when
     * they are kept there for these people and nothing the source reads changed (null: every source loads).
     */
    static BookGraph build(dev.kith.store.Database db, People people, List<EdgeSource> sources,
                           EdgeRecordings recordings) {
        Collector collector = new Collector(people);
        for (EdgeSource source : sources) {
            if (recordings == null) {
                source.load(db, people, collector);
            } else {
                recordings.load(source, people, collector);
            }
        }
        Reasons reasons = collector.group();
        CompactGraph.Builder base = CompactGraph.builder(people.size());
        for (int label = 0; label < reasons.pairs(); label++) {
            base.addEdge(reasons.low[label], reasons.high[label], reasons.weight[label], label);
        }
        return new BookGraph(people, new LiveGraph(base.build()), reasons);
    }

    public People people() {
        return people;
    }

    /** A consistent view of the graph for one search; later writes do not change it. */
    public GraphView view() {
        return graph.snapshot();
    }

    /** Why label {@code label} exists, in words (written on first ask, then kept). */
    public String reason(int label) {
        return reasons.text(label);
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
        int label = reasons.add(TieEdges.reason(tie, people.person(a).name(), people.person(b).name()));
        if (label >= 0) {
            graph.addEdge(a, b, TieEdges.weight(tie.kind()), label);
        }
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

    /**
     * The reasons of the edges: for each pair of the built graph (label 0..pairs-1) its ends, strongest
     * weight and the reasons every source gave it, in the order given; then the reasons of ties added
     * later, one label each. A pair's words are its reasons strongest first (equal weights in the order
     * given), each left out when the words so far already contain it, joined by "; ". Thread-safe.
     */
    static final class Reasons {
        final int[] low;
        final int[] high;
        final int[] weight;
        /** Pair {@code p}'s reasons are {@code given[start[p]..start[p + 1])}, with their weights. */
        private final int[] start;
        private final Object[] given;
        private final int[] givenWeight;
        /** Each pair's words once written; guarded by this. */
        private final String[] written;
        /** Reasons of the ties added after the build; guarded by this. */
        private final List<String> added = new ArrayList<>();

        Reasons(int[] low, int[] high, int[] weight, int[] start, Object[] given, int[] givenWeight) {
            this.low = low;
            this.high = high;
            this.weight = weight;
            this.start = start;
            this.given = given;
            this.givenWeight = givenWeight;
            this.written = new String[low.length];
        }

        int pairs() {
            return low.length;
        }

        /** A new label for {@code reason}, or -1 when labels ran out. */
        synchronized int add(String reason) {
            int label = low.length + added.size();
            if (label > CompactGraph.MAX_LABEL) {
                return -1;
            }
            added.add(reason);
            return label;
        }

        synchronized String text(int label) {
            if (label >= low.length) {
                return added.get(label - low.length);
            }
            String text = written[label];
            if (text == null) {
                text = write(label);
                written[label] = text;
            }
            return text;
        }

        private String write(int pair) {
            int from = start[pair];
            int count = start[pair + 1] - from;
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = from + i;
            }
            // stable: equal weights keep the order the sources gave them in
            Arrays.sort(order, (x, y) -> Integer.compare(givenWeight[y], givenWeight[x]));
            StringBuilder sb = new StringBuilder();
            for (int i : order) {
                String r = words(given[i]);
                if (sb.indexOf(r) < 0) {
                    sb.append(sb.isEmpty() ? "" : "; ").append(r);
                }
            }
            return sb.toString();
        }

        @SuppressWarnings("unchecked")
        private static String words(Object reason) {
            return reason instanceof String s ? s : ((Supplier<String>) reason).get();
        }
    }

    /**
     * Gathers the edges of all sources as they come, in flat arrays; {@link #group} then puts them in
     * order of pair (two stable counting sorts, by the higher node and then the lower) and merges each
     * pair's into one edge of the strongest weight.
     */
    static final class Collector implements EdgeSink {
        private final People people;
        private int size;
        private int[] low = new int[1024];
        private int[] high = new int[1024];
        private int[] weight = new int[1024];
        private Object[] reason = new Object[1024];

        Collector(People people) {
            this.people = people;
        }

        @Override
        public void edge(long a, long b, int weight, String reason) {
            add(people.node(a), people.node(b), weight, reason);
        }

        @Override
        public void edge(long a, long b, int weight, Supplier<String> reason) {
            add(people.node(a), people.node(b), weight, reason);
        }

        @Override
        public void fromMe(long contact, int weight, String reason) {
            add(People.ME, people.node(contact), weight, reason);
        }

        @Override
        public void fromMe(long contact, int weight, Supplier<String> reason) {
            add(People.ME, people.node(contact), weight, reason);
        }

        private void add(int a, int b, int w, Object why) {
            if (a < 0 || b < 0 || a == b) {
                return;
            }
            if (size == low.length) {
                int grown = size + (size >> 1);
                low = Arrays.copyOf(low, grown);
                high = Arrays.copyOf(high, grown);
                weight = Arrays.copyOf(weight, grown);
                reason = Arrays.copyOf(reason, grown);
            }
            low[size] = Math.min(a, b);
            high[size] = Math.max(a, b);
            weight[size] = Math.max(0, Math.min(100, w));
            reason[size] = why;
            size++;
        }

        int size() {
            return size;
        }

        int[] low() {
            return low;
        }

        int[] high() {
            return high;
        }

        int[] weight() {
            return weight;
        }

        Object[] reason() {
            return reason;
        }

        /** Adds edges found before, already in node numbers and bounds (what {@link #add} kept). */
        void addAll(int[] lows, int[] highs, int[] weights, Object[] reasons) {
            int n = lows.length;
            if (size + n > low.length) {
                int grown = Math.max(size + n, size + (size >> 1));
                low = Arrays.copyOf(low, grown);
                high = Arrays.copyOf(high, grown);
                weight = Arrays.copyOf(weight, grown);
                reason = Arrays.copyOf(reason, grown);
            }
            System.arraycopy(lows, 0, low, size, n);
            System.arraycopy(highs, 0, high, size, n);
            System.arraycopy(weights, 0, weight, size, n);
            System.arraycopy(reasons, 0, reason, size, n);
            size += n;
        }

        /** The edges found, one per pair, each with its reasons. O(m + n). */
        Reasons group() {
            int n = people.size();
            int[] byHigh = countingSort(identity(size), high, n);
            int[] order = countingSort(byHigh, low, n);
            int pairs = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || low[order[i]] != low[order[i - 1]] || high[order[i]] != high[order[i - 1]]) {
                    pairs++;
                }
            }
            int[] pairLow = new int[pairs];
            int[] pairHigh = new int[pairs];
            int[] pairWeight = new int[pairs];
            int[] start = new int[pairs + 1];
            Object[] given = new Object[size];
            int[] givenWeight = new int[size];
            int p = -1;
            for (int i = 0; i < size; i++) {
                int e = order[i];
                if (p < 0 || low[e] != pairLow[p] || high[e] != pairHigh[p]) {
                    p++;
                    pairLow[p] = low[e];
                    pairHigh[p] = high[e];
                    pairWeight[p] = -1;
                    start[p] = i;
                }
                pairWeight[p] = Math.max(pairWeight[p], weight[e]);
                given[i] = reason[e];
                givenWeight[i] = weight[e];
            }
            start[pairs] = size;
            return new Reasons(pairLow, pairHigh, pairWeight, start, given, givenWeight);
        }

        private static int[] identity(int size) {
            int[] out = new int[size];
            for (int i = 0; i < size; i++) {
                out[i] = i;
            }
            return out;
        }

        /** {@code items} ordered by {@code key[item]} (0..n-1), stable. */
        private static int[] countingSort(int[] items, int[] key, int n) {
            int[] count = new int[n + 1];
            for (int item : items) {
                count[key[item] + 1]++;
            }
            for (int k = 0; k < n; k++) {
                count[k + 1] += count[k];
            }
            int[] out = new int[items.length];
            for (int item : items) {
                out[count[key[item]]++] = item;
            }
            return out;
        }
    }
}
