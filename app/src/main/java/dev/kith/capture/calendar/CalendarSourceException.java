package dev.kith.capture.calendar;

import dev.kith.core.KithException;

/**
 * A calendar that could not be fetched: names the source (its URL without user name, password or
 * query) and the reason in words, such as "the server refused the user name or password (HTTP 401)".
 */
public class CalendarSourceException extends KithException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public CalendarSourceException(String source, String reason) {
        this(source, reason, null);
    }

    public CalendarSourceException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }
}
