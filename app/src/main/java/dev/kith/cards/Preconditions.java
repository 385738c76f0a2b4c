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
        if (ifNoneMatch != null && current.isPresent() && matches(ifNoneMatch, current.get().etag(), true)) {
            throw new PreconditionFailedException("the card has this ETag (If-None-Match)");
        }
        if (ifMatch != null) {
            if (current.isEmpty()) {
                throw new PreconditionFailedException("the card does not exist (If-Match)");
            }
            if (!ifMatch.strip().equals("*") && !matches(ifMatch, current.get().etag(), false)) {
                throw new PreconditionFailedException("the card has changed since it was read: its ETag is "
                        + current.get().etag());
            }
        }
    }

    /**
     * Whether the list of entity tags {@code header} names {@code etag}: compared strongly for If-Match (a weak tag
     * never matches), weakly for If-None-Match (a {@code W/} prefix on either side is ignored), as RFC 9110 section
     * 13.1 says.
     */
    static boolean matches(String header, String etag, boolean weak) {
        String ours = weak ? opaque(etag) : etag;
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if ((weak ? opaque(t) : t).equals(ours)) {
                return true;
            }
        }
        return false;
    }

    /** The entity tag without its weakness indicator. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
