package dev.kith.network;

import dev.kith.store.Database;

/**
 * One kind of edge of the {@link BookGraph}, a plug-in: my ties, explicit ties, colleagues,
 * met-through links, co-members of a group and co-attendees of an event. The app lists the sources
 * of every graph where it wires a book, and hands them to {@link Network}. Implementations are
 * stateless and thread-safe, and read the whole book in a few queries (never one per contact).
 */
public interface EdgeSource {
    /** Reads the edges of this kind among {@code people} of book {@code people.book()} from {@code db} into {@code sink}. */
    void load(Database db, People people, EdgeSink sink);

    /**
     * The tables {@link #load} reads (each one of {@link dev.kith.store.Stamps#TABLES}): the book graph is
     * rebuilt when one of them changes. By default every stamped table, which is always safe.
     */
    default java.util.Collection<String> reads() {
        return dev.kith.store.Stamps.TABLES;
    }
}
