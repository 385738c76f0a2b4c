package dev.kith.cards;

import dev.kith.core.KithException;

/**
 * A write whose {@code If-Match} or {@code If-None-Match} does not hold: the card changed (or appeared,
 * or went) since the client read it, so its write would overwrite someone's edit. Nothing was changed.
 */
public final class PreconditionFailedException extends KithException {
    public PreconditionFailedException(String message) {
        super(message);
    }
}
