package dev.kith.network.graph;

import java.util.Arrays;

/**
 * One thread's reusable search state, so that a query allocates only its result: visit marks
 * stamped with a per-query epoch (never cleared), parents, two queues and the records of the
 * widest-path search. Grows with the largest graph the thread has searched. Not thread-safe: one per thread.
 */
final class Workspace {
    private static final ThreadLocal<Workspace> LOCAL = ThreadLocal.withInitial(Workspace::new);

    int[] mark = new int[0];
    int[] parent = new int[0];
    int[] queueA = new int[0];
    int[] queueB = new int[0];
    /** Widest search: best width per node, its latest record, banned-node marks, next-round marks. */
    int[] width = new int[0];
    int[] recordOf = new int[0];
    int[] banned = new int[0];
    int[] queued = new int[0];
    /** Widest search's pruning: the stamp of nodes near a target, and their distance to the nearest. */
    int[] near = new int[0];
    int[] nearDist = new int[0];
    int[] recNode = new int[64];
    int[] recParent = new int[64];
    int[] recWidth = new int[64];
    int records;
    /** Neighbors of one node, copied out of a non-compact view. */
    int[] adjNode = new int[16];
    int[] adjWeight = new int[16];
    int adjCount;
    /** Edges scanned by this thread's searches, for benchmarks. */
    long scanned;
    private final NeighborVisitor collector = this::collect;
    private int epoch;
    private int nearEpoch;

    static Workspace get(int nodeCount) {
        Workspace ws = LOCAL.get();
        ws.ensure(nodeCount);
        return ws;
    }

    private void ensure(int nodeCount) {
        if (mark.length < nodeCount) {
            int size = Math.max(nodeCount, mark.length + (mark.length >> 1));
            mark = new int[size];
            parent = new int[size];
            queueA = new int[size];
            queueB = new int[size];
            width = new int[size];
            recordOf = new int[size];
            banned = new int[size];
            queued = new int[size];
            near = new int[size];
            nearDist = new int[size];
            epoch = 0;
            nearEpoch = 0;
        }
    }

    /** A fresh stamp: no node is marked with it yet. */
    int nextEpoch() {
        return nextEpochs(1);
    }

    /**
     * The first of {@code count} fresh stamps {@code first..first + count - 1}: every stamp now on a node
     * is below {@code first}, and stamps keep growing until the marks are cleared (when they run out).
     */
    int nextEpochs(int count) {
        if (epoch > Integer.MAX_VALUE - 2 - count) {
            if (count > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("too many stamps at once: " + count);
            }
            Arrays.fill(mark, 0);
            Arrays.fill(banned, 0);
            Arrays.fill(queued, 0);
            epoch = 0;
        }
        int first = epoch + 1;
        epoch += count;
        return first;
    }

    /** A fresh stamp for {@link #near}, counted apart from {@link #nextEpoch} so neither reset clears the other's. */
    int nextNearStamp() {
        if (nearEpoch >= Integer.MAX_VALUE - 2) {
            Arrays.fill(near, 0);
            nearEpoch = 0;
        }
        return ++nearEpoch;
    }

    int record(int node, int parentRecord, int w) {
        if (records == recNode.length) {
            int grown = records * 2;
            recNode = Arrays.copyOf(recNode, grown);
            recParent = Arrays.copyOf(recParent, grown);
            recWidth = Arrays.copyOf(recWidth, grown);
        }
        recNode[records] = node;
        recParent[records] = parentRecord;
        recWidth[records] = w;
        return records++;
    }

    /** Copies the edges of {@code node} into {@link #adjNode}/{@link #adjWeight}. */
    void loadNeighbors(GraphView g, int node) {
        adjCount = 0;
        g.forEachNeighbor(node, collector);
    }

    private void collect(int neighbor, int weight, int label) {
        if (adjCount == adjNode.length) {
            adjNode = Arrays.copyOf(adjNode, adjCount * 2);
            adjWeight = Arrays.copyOf(adjWeight, adjCount * 2);
        }
        adjNode[adjCount] = neighbor;
        adjWeight[adjCount++] = weight;
    }
}
