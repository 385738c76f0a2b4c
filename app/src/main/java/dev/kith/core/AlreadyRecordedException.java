package dev.kith.core;

/** Input that would record again what the book already holds (the web answers 409 Conflict). */
public class AlreadyRecordedException extends ValidationException {
    public AlreadyRecordedException(String field, String reason) {
        super(field, reason);
    }
}
