package dev.kith.io;

/** Told how far a long import has got; {@link #NONE} ignores it. Implementations need not be thread-safe. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} records have been merged. */
    void update(int done, int total);
}
