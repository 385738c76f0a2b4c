package dev.kith.core;

import java.util.List;
import java.util.Locale;

/**
 * The sizes Kith accepts wherever input enters (CLI, API, web forms, imports, restore), so that no
 * record grows past what a page or a 128 MB server can show: names, short texts, notes and summaries,
 * web and email addresses, and the number of values in one list. Each check is a
 * {@link ValidationException} naming the field and the limit. Stateless and thread-safe.
 */
public final class Limits {
    /** A person's or organization's name: 200 characters. */
    public static final int NAME = 200;
    /** A title, location, how-met line or other one-line text: 1,000 characters. */
    public static final int SHORT_TEXT = 1_000;
    /** Notes and summaries: 64 KB of text (65,536 characters). */
    public static final int LONG_TEXT = 65_536;
    /** A document kept whole, such as an article's text: 1 MB (1,048,576 characters). */
    public static final int DOCUMENT = 1 << 20;
    /** An email, phone, tag or web address: 2,048 characters. */
    public static final int VALUE = 2_048;
    /** Values in one list (emails, phones, tags, interests): 100. */
    public static final int LIST = 100;

    private Limits() {
    }

    /** {@code value} unchanged when null or at most {@code max} characters; else a {@link ValidationException}. */
    public static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field, "is " + number(value.length()) + " characters long; at most "
                    + number(max) + (max == LONG_TEXT ? " (64 KB)" : "") + " are allowed");
        }
        return value;
    }

    /** {@code values} unchanged when null or holding at most {@code max} values; else a {@link ValidationException}. */
    public static <T> List<T> list(String field, List<T> values, int max) {
        if (values != null && values.size() > max) {
            throw new ValidationException(field, "has " + number(values.size()) + " values; at most " + number(max)
                    + " are allowed");
        }
        return values;
    }

    /** Every value of {@code values} at most {@code max} characters, and at most {@link #LIST} of them. */
    public static List<String> values(String field, List<String> values, int max) {
        list(field, values, LIST);
        if (values != null) {
            values.forEach(v -> text(field, v, max));
        }
        return values;
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
