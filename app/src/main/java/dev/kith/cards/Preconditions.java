package dev.kith.cards;

import java.util.Optional;

/** The conditional headers of a write (RFC 9110 section 13.1), held against the card as now served. Thread-safe. */
final class Preconditions {
    private Preconditions() {
    }

    /**
     * Returns when {@code ifMatch} and {@code ifNoneMatch} (each null when absent) hold for {@code current} (empty:
     * no such card); else a {@link PreconditionFailedException} saying which does not.
     */
    static void check(Optional<Cards.Card> current, String ifMatch, String ifNoneMatch) {
        if (ifNoneMatch != null && ifNoneMatch.strip().equals("*") && current.isPresent()) {
            throw new PreconditionFailedException("the card already exists (If-None-Match: *)");
        }
        if (ifNoneMatch != null && current.isPresent() && matches(ifNoneMatch, current.get().etag())) {
            throw new PreconditionFailedException("the card has this ETag (If-None-Match)");
        }
        if (ifMatch != null) {
            if (current.isEmpty()) {
                throw new PreconditionFailedException("the card does not exist (If-Match)");
            }
            if (!ifMatch.strip().equals("*") && !matches(ifMatch, current.get().etag())) {
                throw new PreconditionFailedException("the card has changed since it was read: its ETag is "
                        + current.get().etag());
            }
        }
    }

    /** Whether the list of entity tags {@code header} names {@code etag} (strong comparison). */
    private static boolean matches(String header, String etag) {
        for (String tag : header.split(",")) {
            if (tag.strip().equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
