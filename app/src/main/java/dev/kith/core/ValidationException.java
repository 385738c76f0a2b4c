package dev.kith.core;

/**
 * Input that breaks a rule: {@link #field()} names the argument or field at fault and {@link #reason()}
 * says what is wrong with it; the message is both, as {@code "field: reason"}.
 */
public class ValidationException extends KithException {
    private final String field;
    private final String reason;

    public ValidationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The argument or field at fault, as the domain names it (an adapter may show another name). */
    public String field() {
        return field;
    }

    /** What is wrong with {@link #field()}, without the field's name. */
    public String reason() {
        return reason;
    }
}
