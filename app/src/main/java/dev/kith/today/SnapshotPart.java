package dev.kith.today;

import dev.kith.book.Book;
import java.time.LocalDate;

/**
 * Data a plug-in {@link ActionKind} reads from the book beyond the core {@link Snapshot}: targets,
 * articles, new group members. A kind keeps its part in a constant and asks the snapshot for it with
 * {@link Snapshot#part(SnapshotPart)}; the part is loaded on first use and then lives as long as the
 * snapshot, so a cached snapshot does not read the book again. Parts are compared by identity.
 *
 * @param <T> what the part loads; it should be immutable
 */
@FunctionalInterface
public interface SnapshotPart<T> {
    /** Loads the part of {@code book} as of {@code today}. */
    T load(Book book, LocalDate today);

    /**
     * Loads the part for {@code snapshot} of {@code book}: by default {@link #load(Book, LocalDate)} on the
     * snapshot's day. A part that builds on the core facts (who is reachable, today's tie strengths)
     * overrides this to read them from the snapshot rather than from the book again; both must then
     * give the same part.
     */
    default T load(Book book, Snapshot snapshot) {
        return load(book, snapshot.today());
    }
}
