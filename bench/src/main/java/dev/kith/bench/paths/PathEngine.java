package dev.kith.bench.paths;

/**
 * One engine under test: loads the graph once, then answers "how many hops from s to t, within
 * maxHops" per query. Implementations are single-threaded and closed after the run.
 */
public interface PathEngine extends AutoCloseable {
    /** The name in the report, e.g. {@code kith}, {@code jgrapht}, {@code jgrapht-bidi}, {@code neo4j}. */
    String name();

    /** Loads {@code graph}; called once before any query. */
    void load(EdgeList graph);

    /** The number of hops on a shortest path from {@code source} to {@code target}, or -1 when none within {@code maxHops}. */
    int hops(int source, int target, int maxHops);

    /** The bytes the engine's graph holds, or -1 when it cannot tell. */
    default long bytesUsed() {
        return -1;
    }

    @Override
    default void close() {
    }
}
