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
}
