package dev.kith.io.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of the birthdays contacts exports carry. Kith keeps no birthday, so one is only checked: one that
 * names no real day is a warning on its record (the record is kept), as a vCard's {@code BDAY} is. A day without
 * its year ({@code --04-15}) may be 29 February. Linear; thread-safe (stateless).
 */
final class Birthdays {
    private static final Pattern WITH_YEAR = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WITHOUT_YEAR = Pattern.compile("--(\\d{1,2})-?(\\d{1,2})");
    /** The year a day without one is checked in: a leap year, so that 29 February is a real day. */
    private static final String LEAP_YEAR = "2000";

    private Birthdays() {
    }

    /** Warns on {@code row} when {@code text} (Google's {@code 1985-04-15} or {@code --04-15}) names no real day. */
    static void check(RowBuilder row, String column, String text) {
        if (blank(text)) {
            return;
        }
        String v = text.strip();
        Matcher full = WITH_YEAR.matcher(v);
        Matcher partial = WITHOUT_YEAR.matcher(v);
        boolean real = full.matches() ? realDay(full.group(1), full.group(2), full.group(3))
                : partial.matches() && realDay(null, partial.group(1), partial.group(2));
        if (!real) {
            row.warn(column + ": '" + shorten(v) + "' is not a valid date (ignored)");
        }
    }

    /** Warns on {@code row} when the parts of a birthday (Thunderbird's year, month and day) name no real day. */
    static void check(RowBuilder row, String column, String year, String month, String day) {
        if (blank(month) && blank(day)) {
            return;
        }
        String written = (blank(year) ? "" : year.strip() + "-") + (blank(month) ? "?" : month.strip()) + "-"
                + (blank(day) ? "?" : day.strip());
        if (!realDay(year, month, day)) {
            row.warn(column + ": '" + shorten(written) + "' is not a valid date (ignored)");
        }
    }

    private static boolean realDay(String year, String month, String day) {
        if (blank(month) || blank(day)) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(blank(year) ? LEAP_YEAR : year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
