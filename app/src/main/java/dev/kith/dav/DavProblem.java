package dev.kith.dav;

/** A DAV request refused with {@code status}; the message is the plain-text body. */
final class DavProblem extends RuntimeException {
    private final int status;
    /** A WebDAV precondition element (in the DAV: or CardDAV namespace) for an XML error body, or null. */
    private final String condition;

    DavProblem(int status, String message) {
        this(status, message, null);
    }

    DavProblem(int status, String message, String condition) {
        super(message);
        this.status = status;
        this.condition = condition;
    }

    int status() {
        return status;
    }

    String condition() {
        return condition;
    }
}
