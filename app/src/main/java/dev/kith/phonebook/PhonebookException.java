package dev.kith.phonebook;

import dev.kith.core.KithException;

/** An address book that cannot be read or written: the message names it and says why. */
public class PhonebookException extends KithException {
    private static final long serialVersionUID = 1L;

    public PhonebookException(String message) {
        super(message);
    }

    public PhonebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
