package dev.kith.today;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Plain-words phrases the reasons and drafts share. */
final class Words {
    private Words() {
    }

    /** "today", "yesterday", "3 days ago", or "on 2026-10-02" beyond two weeks. */
    static String ago(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(date, today);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        return days <= 14 ? days + " days ago" : "on " + date;
    }

    /** "yesterday" or "the other day", for a note written today. */
    static String recently(LocalDate today, LocalDate date) {
        return ChronoUnit.DAYS.between(date, today) <= 1 ? "yesterday" : "the other day";
    }

    /** "March 2024". */
    static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }

    /** "14 months" or "2 years" between two dates. */
    static String span(LocalDate from, LocalDate to) {
        long months = ChronoUnit.MONTHS.between(from, to);
        return months < 24 ? months + " months" : months / 12 + " years";
    }

    /** " — “text” —" for quoting a note inside a reason, or "" when there is no text. */
    static String quote(String text) {
        return text == null || text.isBlank() ? "" : " — “" + text.strip() + "” —";
    }

    /** " (text)" or "" when there is no text. */
    static String paren(String text) {
        return text == null || text.isBlank() ? "" : " (" + text.strip() + ")";
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
