package dev.kith.io.mail;

import dev.kith.core.KithException;

/** An email the SMTP server did not accept (or could not be reached for); the message gives the server's reason. */
public class NotSentException extends KithException {
    public NotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
