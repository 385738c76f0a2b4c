package dev.kith.bench.paths;

/**
 * One engine under test: loads the graph once, then answers path queries between two nodes within a
 * hop bound. Most engines answer "a shortest path from s to t" ({@link #shortest()}); the product's
 * explained-paths engine answers "the k best paths" instead. Answers are node sequences, so the
 * bench checks every returned path edge by edge. Implementations are single-threaded and closed
 * after the run.
 */
public interface PathEngine extends AutoCloseable {
    /** The name in the report, e.g. {@code kith}, {@code jgrapht-bibfs}, {@code neo4j-cypher}. */
    String name();

    /** Loads {@code graph}; called once before any query. */
    void load(EdgeList graph);

    /**
     * The paths found from {@code source} to {@code target} of at most {@code maxHops} edges, each as
     * its nodes from source to target; none when there is no such path. Shortest-path engines return
     * at most one, a shortest.
     */
    int[][] paths(int source, int target, int maxHops);

    /** Whether this engine answers the shortest-path query (its hop count must agree with Kith's). */
    default boolean shortest() {
        return true;
    }

    /** The bytes the engine's graph holds, or -1 when it cannot tell. */
    default long bytesUsed() {
        return -1;
    }

    /** One path as an answer, or none for null. */
    static int[][] answer(int[] path) {
        return path == null ? new int[0][] : new int[][] {path};
    }

    @Override
    default void close() {
    }
}
