package dev.kith.network;

import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/** A tie between two contacts of a book; {@code since} is null when unknown. */
public record Tie(long id, long fromId, long toId, TieKind kind, LocalDate since, TieSource source) {
    public Tie {
        Objects.requireNonNull(kind, "kind");
        source = source == null ? TieSource.MANUAL : source;
        if (fromId == toId) {
            throw new ValidationException("people", "a tie needs two different people");
        }
    }

    /** The other end of the tie as seen from {@code contactId}. */
    public long other(long contactId) {
        return contactId == fromId ? toId : fromId;
    }
}
