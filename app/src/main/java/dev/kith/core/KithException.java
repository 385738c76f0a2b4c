package dev.kith.core;

/** The root of every failure Kith reports to a user; the message is written for that user. */
public class KithException extends RuntimeException {
    public KithException(String message) {
        super(message);
    }

    public KithException(String message, Throwable cause) {
        super(message, cause);
    }
}
