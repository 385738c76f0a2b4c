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

    /**
     * Reads a date column as stored (ISO {@code YYYY-MM-DD}, possibly followed by a time); null stays
     * null. A hand-written fast path for the hot loops that read thousands of dates; anything not in
     * that shape goes through {@link LocalDate#parse}.
     */
    public static LocalDate stored(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
