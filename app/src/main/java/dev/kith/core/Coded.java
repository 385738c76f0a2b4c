package dev.kith.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum with a user-facing code such as {@code event-encounter}; {@link #parse} reads one back. */
public interface Coded {
    String code();

    /** The constant whose code (or name) is {@code text}, ignoring case; else a message naming {@code field} and the choices. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String text) {
        E[] constants = type.getEnumConstants();
        for (E e : constants) {
            if (e.code().equals(text)) {
                return e; // the stored form: every row read back takes this path
            }
        }
        String wanted = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (E e : constants) {
            if (e.code().equals(wanted) || e.code().replace("-", "").equals(wanted.replace("-", ""))) {
                return e;
            }
        }
        throw new ValidationException(field, "'" + text + "' is not one of " + choices(type));
    }

    /** The codes of {@code type}, comma-separated, for help texts and messages. */
    static <E extends Enum<E> & Coded> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
