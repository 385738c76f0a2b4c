package dev.kith.capture.mail;

import jakarta.mail.internet.MailDateFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Date field as mail readers do: RFC 5322 and its obsolete forms (through {@link MailDateFormat}), and the
 * zones mailers write that it misreads: an offset with a colon ({@code +01:00}), one after GMT or UTC
 * ({@code GMT+01:00}, Java's way; {@code GMT-5}), and the common zone names RFC 5322 does not know ({@code CET},
 * {@code MESZ}, {@code JST}) when they name one offset only; then ISO 8601 and asctime. Not thread-safe (the date
 * format is not).
 */
final class MailDates {
    private static final Instant EARLIEST = Instant.parse("1971-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEE MMM d HH:mm:ss uuuu").toFormatter(Locale.ENGLISH);
    /** The time, then an offset RFC 5322 does not allow: after GMT/UTC/UT, with a colon, or of one or three digits. */
    private static final Pattern ODD_OFFSET = Pattern.compile("(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*(?:(?:GMT|UTC|UT)\\s*)?"
            + "([+-])(\\d{1,2})(?::?(\\d{2}))?(?![\\d:])", Pattern.CASE_INSENSITIVE);
    /** The time, then a zone's name. */
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*([A-Za-z]{3,4})\\b");
    /** Zone names mailers write that mean one offset wherever they are written (not CST, IST or BST). */
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("CET", "+0100"), Map.entry("MEZ", "+0100"),
            Map.entry("CEST", "+0200"), Map.entry("MESZ", "+0200"), Map.entry("EET", "+0200"),
            Map.entry("EEST", "+0300"), Map.entry("WET", "+0000"), Map.entry("WEST", "+0100"),
            Map.entry("MSK", "+0300"), Map.entry("JST", "+0900"), Map.entry("KST", "+0900"), Map.entry("HKT", "+0800"),
            Map.entry("SGT", "+0800"), Map.entry("AWST", "+0800"), Map.entry("ACST", "+0930"),
            Map.entry("AEST", "+1000"), Map.entry("AEDT", "+1100"), Map.entry("NZST", "+1200"),
            Map.entry("NZDT", "+1300"), Map.entry("HST", "-1000"), Map.entry("AKST", "-0900"),
            Map.entry("AKDT", "-0800"));

    private final MailDateFormat format = new MailDateFormat();

    /** The instant a Date field names, null when it is blank, unreadable or not {@link #plausible}. */
    Instant read(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String zoned = zoned(field.strip());
        Date parsed;
        try {
            parsed = format.parse(zoned, new ParsePosition(0));
        } catch (RuntimeException e) {
            return null;
        }
        return plausible(parsed == null ? odd(field.strip()) : parsed.toInstant());
    }

    /** {@code field} with the first odd offset or known zone name after its time written as RFC 5322's {@code +hhmm}. */
    static String zoned(String field) {
        Matcher m = ODD_OFFSET.matcher(field);
        if (m.find()) {
            String hours = m.group(3).length() == 1 ? "0" + m.group(3) : m.group(3);
            return field.substring(0, m.start()) + m.group(1) + " " + m.group(2) + hours
                    + (m.group(4) == null ? "00" : m.group(4)) + field.substring(m.end());
        }
        Matcher n = NAMED.matcher(field);
        if (n.find()) {
            String offset = ZONES.get(n.group(2).toUpperCase(Locale.ROOT));
            if (offset != null) {
                return field.substring(0, n.start()) + n.group(1) + " " + offset + field.substring(n.end());
            }
        }
        return field;
    }

    /**
     * {@code at} when it can be a message's date (1971 to 2200), else null: converters write the Unix epoch
     * ({@code From MAILER-DAEMON Thu Jan  1 00:00:00 1970}) where they know no date.
     */
    static Instant plausible(Instant at) {
        return at == null || at.isBefore(EARLIEST) || at.isAfter(LATEST) ? null : at;
    }

    /**
     * A Date in a form RFC 5322 does not allow but some mailers and converters write: ISO 8601 with an offset
     * ({@code 2019-12-02T09:05:00Z}, {@code 2019-12-02 09:05:00 +01:00}) or C's asctime ({@code Mon Dec  2
     * 09:05:00 2019}, read as UTC); null for anything else.
     */
    static Instant odd(String field) {
        if (field.length() > 40) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(field.replace(' ', 'T').replaceFirst("T([+-])", "$1")
                    .replaceFirst("TZ$", "Z")).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            // not ISO 8601
        }
        try {
            return java.time.LocalDateTime.parse(field.replaceAll("\\s+", " "), ASCTIME).toInstant(ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
