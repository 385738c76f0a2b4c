package dev.kith.today;

import java.util.List;

/**
 * A kind of action in today's plan, a plug-in: it proposes candidates from a snapshot of the book
 * and knows what doing one means. A kind gets the features it reads and writes through its
 * constructor; the app lists the kinds of every plan where it wires a book. Implementations are
 * stateless and thread-safe.
 */
public interface ActionKind {
    /** The kind's code, the prefix of its action ids: {@code follow-up}, {@code lunch}. */
    String code();

    /**
     * Every action of this kind the snapshot calls for, each with a stable id starting with
     * {@link #code()}; an empty list when there is none. People who may not be contacted are
     * filtered out by the caller as well, but a kind should not propose them. Write the reason and
     * draft lazily ({@link Candidate#text()}): only the few actions a plan keeps are written.
     */
    List<Candidate> propose(Snapshot snapshot);

    /**
     * Whether proposing builds a structure of the whole book (the network's graph, every profile's terms),
     * which on a large book takes most of a plan's time: such kinds start first when kinds propose side by
     * side, so the cheap ones fill the cores around them. False unless a kind says so.
     */
    default boolean heavy() {
        return false;
    }

    /** Records that {@code action} was done, with the user's optional {@code note} (may be null). */
    void complete(Action action, String note);
}
