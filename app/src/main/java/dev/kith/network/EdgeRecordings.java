package dev.kith.network;

import dev.kith.store.Database;
import dev.kith.store.Stamps;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The edges each {@link EdgeSource} gave the last time the book's graph was built, kept with the change stamps of
 * the tables the source reads: when the graph is built again (after a logged interaction, say) a source whose
 * tables did not change gives the same edges, so they are copied instead of read again. On the 10,000-contact
 * benchmark book that leaves out the colleagues, met-through and group edges and the people (~40% of a rebuild)
 * after every write that touches only interactions. Kept per source only for the same {@link People} (the same
 * nodes: see {@link GraphCache}) and day; nothing is kept where stamps are unknown (inside a transaction). Memory: a
 * copy of the edges found. Thread-safe.
 */
final class EdgeRecordings {
    /** The edges a source gave, in node numbers of {@code people}, with the stamps read before it loaded. */
    private record Kept(Stamps stamps, People people, int[] low, int[] high, int[] weight, Object[] reason) {
    }

    private final Database db;
    private final Map<EdgeSource, Kept> kept = new ConcurrentHashMap<>();

    EdgeRecordings(Database db) {
        this.db = db;
    }

    /**
     * Puts into {@code collector} what {@code source} gives for {@code people}: the kept edges when nothing it reads
     * changed since they were kept for these very people, else what it loads now, which is then kept.
     */
    void load(EdgeSource source, People people, BookGraph.Collector collector) {
        Optional<Stamps> stamps = db.stamps(people.book(), source.reads());
        Kept k = kept.get(source);
        if (stamps.isPresent() && k != null && k.people() == people && k.stamps().equals(stamps.get())) {
            collector.addAll(k.low(), k.high(), k.weight(), k.reason());
            return;
        }
        int from = collector.size();
        source.load(db, people, collector);
        if (stamps.isPresent()) {
            int to = collector.size();
            kept.put(source, new Kept(stamps.get(), people, Arrays.copyOfRange(collector.low(), from, to),
                    Arrays.copyOfRange(collector.high(), from, to), Arrays.copyOfRange(collector.weight(), from, to),
                    Arrays.copyOfRange(collector.reason(), from, to)));
        } else {
            kept.remove(source);
        }
    }
}
