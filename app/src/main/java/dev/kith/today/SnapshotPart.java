package dev.kith.today;

import java.time.LocalDate;

/**
 * Data a plug-in {@link ActionKind} reads beyond the core {@link Snapshot}: targets, articles, new
 * group members. A kind keeps its part in a field, built once with the collaborators it reads from,
 * and asks the snapshot for it with {@link Snapshot#part(SnapshotPart)}; the part is loaded on first
 * use and then lives as long as the snapshot, so a cached snapshot does not read the book again.
 * Parts are compared by identity.
 *
 * @param <T> what the part loads; it should be immutable
 */
@FunctionalInterface
public interface SnapshotPart<T> {
    /** Loads the part as of {@code today}. */
    T load(LocalDate today);

    /**
     * Loads the part for {@code snapshot}: by default {@link #load(LocalDate)} on the snapshot's day. A
     * part that builds on the core facts (who is reachable, today's tie strengths) overrides this to
     * read them from the snapshot rather than from the book again; both must then give the same part.
     */
    default T load(Snapshot snapshot) {
        return load(snapshot.today());
    }

    /**
     * The tables {@link #load(LocalDate)} reads, each one of {@link dev.kith.store.Stamps#TABLES}, when it
     * reads only those and nothing of the snapshot: the part is then carried over to the book's next snapshot
     * of the same day while none of them changed (a logged interaction does not reload a part that reads no
     * interactions). Null, the default: unknown, loaded again with every snapshot. A part that overrides
     * {@link #load(Snapshot)} must leave it null.
     */
    default java.util.Collection<String> reads() {
        return null;
    }

    /** A part loaded by {@code load} on the snapshot's day that reads only {@code tables} (see {@link #reads()}). */
    static <T> SnapshotPart<T> reading(java.util.Collection<String> tables, java.util.function.Function<LocalDate, T> load) {
        java.util.List<String> reads = java.util.List.copyOf(tables);
        return new SnapshotPart<>() {
            @Override
            public T load(LocalDate today) {
                return load.apply(today);
            }

            @Override
            public java.util.Collection<String> reads() {
                return reads;
            }
        };
    }
}
