package dev.kith.core;

/** Input that breaks a rule; {@link #field()} names the argument or field at fault. */
public class ValidationException extends KithException {
    private final String field;

    public ValidationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
