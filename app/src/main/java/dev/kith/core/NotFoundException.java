package dev.kith.core;

/** Something named by the user does not exist in the book. */
public class NotFoundException extends KithException {
    public NotFoundException(String message) {
        super(message);
    }
}
