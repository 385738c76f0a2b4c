package dev.kith.network;

import java.util.function.Supplier;

/** Where an {@link EdgeSource} puts the edges it finds. Not thread-safe: one load at a time. */
public interface EdgeSink {
    /**
     * An edge between contacts {@code a} and {@code b} of weight {@code weight} (0..100, clamped), and
     * why it exists, in words that read well in a path ("colleagues at Acme, 2019–2023"). Edges touching
     * a contact that is not a node of the graph, or a contact to itself, are ignored.
     */
    void edge(long a, long b, int weight, String reason);

    /** An edge from me to contact {@code contact}. */
    void fromMe(long contact, int weight, String reason);

    /**
     * {@link #edge(long, long, int, String)} with the reason written only when a path shows the edge:
     * for sources that find many edges, most of which no one reads. {@code reason} must give the same
     * words whenever it is asked, and may be asked from another thread, later.
     */
    default void edge(long a, long b, int weight, Supplier<String> reason) {
        edge(a, b, weight, reason.get());
    }

    /** {@link #fromMe(long, int, String)} with the reason written only when a path shows the edge. */
    default void fromMe(long contact, int weight, Supplier<String> reason) {
        fromMe(contact, weight, reason.get());
    }
}
