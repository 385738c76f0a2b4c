package dev.kith.cards;

import dev.kith.core.KithException;

/** A new card whose UID another card of the address book already has (CardDAV's no-uid-conflict). */
public final class UidConflictException extends KithException {
    public UidConflictException(String message) {
        super(message);
    }
}
