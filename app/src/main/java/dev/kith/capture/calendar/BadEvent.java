package dev.kith.capture.calendar;

/**
 * An event that cannot be read, or ({@link #endOnly()}) whose end cannot: the message is the reason, in words for
 * the user.
 */
final class BadEvent extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean endOnly;

    BadEvent(String reason) {
        this(reason, false);
    }

    private BadEvent(String reason, boolean endOnly) {
        super(reason, null, false, false);
        this.endOnly = endOnly;
    }

    /** An end (DTEND or DURATION) that cannot be read: the event is read without it. */
    static BadEvent end(String reason) {
        return new BadEvent(reason, true);
    }

    boolean endOnly() {
        return endOnly;
    }
}
