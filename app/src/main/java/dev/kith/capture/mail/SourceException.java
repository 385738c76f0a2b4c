package dev.kith.capture.mail;

import dev.kith.core.KithException;

/** A live source (an IMAP account, a calendar) that could not be read: which one, and why. */
public final class SourceException extends KithException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public SourceException(String source, String reason) {
        super(source + ": " + reason);
        this.reason = reason;
    }

    /** What went wrong, without the source's name (for a caller that names the source itself). */
    public String reason() {
        return reason;
    }
}
