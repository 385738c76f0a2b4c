package dev.kith.capture.calendar;

/** An event that cannot be read; the message is the reason, in words for the user. */
final class BadEvent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadEvent(String reason) {
        super(reason, null, false, false);
    }
}
