package dev.kith.capture.calendar;

/**
 * The answer for a published calendar: either {@code notModified} (and no body) or the calendar's
 * bytes, with the ETag to send next time ({@code null} when the server gives none).
 */
public record FeedResult(boolean notModified, String etag, byte[] body) {
}
