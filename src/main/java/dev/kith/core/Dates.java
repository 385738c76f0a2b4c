package dev.kith.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Strict ISO dates, the one date format users type. */
public final class Dates {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** Parses YYYY-MM-DD, rejecting impossible dates such as 2026-02-30; {@code field} names the input. */
    public static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "a date is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text.trim(), ISO);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + text + "' is not a valid date (expected YYYY-MM-DD)");
        }
    }
}
