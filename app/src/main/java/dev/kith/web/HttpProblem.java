package dev.kith.web;

import dev.kith.core.KithException;

/** A request the server refuses with {@code status}; {@code field} names the input at fault, or null. */
final class HttpProblem extends KithException {
    private final int status;
    private final String field;

    HttpProblem(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
