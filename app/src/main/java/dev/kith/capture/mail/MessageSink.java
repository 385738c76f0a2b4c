package dev.kith.capture.mail;

/** Where a {@link MessageSource} delivers what it reads, in order: messages, and the ones it could not read. */
public interface MessageSink {
    void message(MailMessage message);

    /** A message that could not be read: where it is and why. Reading goes on with the next one. */
    void unreadable(String origin, String reason);

    /**
     * Something dropped from a message that was read (a header field too long to keep), told before the message
     * itself; ignored unless a sink reports it.
     */
    default void warning(String origin, String reason) {
    }
}
