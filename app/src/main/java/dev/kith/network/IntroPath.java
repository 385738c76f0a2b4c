package dev.kith.network;

import java.util.List;

/**
 * One way to reach a target: {@code strength} is its weakest tie (0..100), {@code hops} go from me to
 * the target; the first hop's {@code to} is the person to ask for the introduction.
 */
public record IntroPath(int strength, List<Hop> hops) {
    public IntroPath {
        hops = List.copyOf(hops);
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one hop");
        }
    }

    /**
     * One step: from one person to the next and why they are linked. An id is null for me and for a
     * target person not in the book.
     */
    public record Hop(Long fromId, String from, Long toId, String to, String reason) {
    }

    /** The contact to ask: the first hop's end. */
    public Hop first() {
        return hops.get(0);
    }

    /** The contact ids along the path, me and people outside the book left out. */
    public List<Long> people() {
        return hops.stream().map(Hop::toId).filter(java.util.Objects::nonNull).toList();
    }
}
