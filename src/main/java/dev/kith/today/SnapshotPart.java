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
}
