package dev.kith.capture.mail;

/** A message whose header fields say too little to use it (no sender, no date); the message says why. */
public final class UnreadableMessageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableMessageException(String reason) {
        super(reason, null, false, false);
    }
}
