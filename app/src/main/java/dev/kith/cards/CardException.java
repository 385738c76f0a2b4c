package dev.kith.cards;

import dev.kith.core.ValidationException;

/** A card that cannot be stored (not a vCard, several cards, no name, too large): nothing was changed. */
public final class CardException extends ValidationException {
    public CardException(String reason) {
        super("card", reason);
    }
}
