package dev.kith.capture.calendar;

/**
 * Something in a calendar that was read around or left out: the source (a file name or URL), the
 * 1-based line (0 when no line applies) and the reason, in words for the user.
 */
public record CalendarWarning(String source, long line, String reason) {

    /** Whether this warning says an event was left out (not only a field read around). */
    public boolean eventSkipped() {
        return reason.startsWith("event") && reason.contains(" skipped: ");
    }

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
