package dev.kith.bench;

import dev.kith.core.KithException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A timestamped edge list as the public collections write it, read in one pass: SNAP's {@code a b time},
 * KONECT's {@code a b weight time} (with {@code %} comment lines), the LDBC SNB's {@code a|b|creationDate}
 * with a header, or any of these comma, tab or semicolon separated. With four or more columns the time is the
 * fourth (KONECT's column order), else the third; a date and a time of day separated by a space count as one. A time is a number in any unit (seconds, milliseconds;
 * decimals are truncated) or an ISO-8601 date or date-time, with or without an offset ({@code
 * 2010-03-14T20:30:12.093+0000} as the LDBC writes it); a date-time without an offset is read as UTC, a date
 * as its midnight, both in milliseconds. One header line before the first edge is skipped; any other line
 * that does not parse rejects the file with its line number. Self-loops are left out.
 *
 * @param events {@code {from, to, time}} by time (stable: equal times keep the file's order)
 * @param people how many distinct people the events name, numbered from 0 in order of appearance
 */
public record TemporalEdges(List<long[]> events, int people) {
    /** Lines longer than this are damage, not data (a megabyte; an edge needs a few dozen characters). */
    static final int MAX_LINE = 1 << 20;

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z").toFormatter();

    /** Reads {@code file}; at least {@code minimum} edges must remain. */
    public static TemporalEdges read(Path file, int minimum) {
        List<long[]> events = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            boolean seenData = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.length() > MAX_LINE) {
                    throw new KithException(file + ":" + lineNo + ": line longer than " + MAX_LINE + " characters");
                }
                String t = line.strip();
                if (lineNo == 1 && t.startsWith("\uFEFF")) {
                    t = t.substring(1).strip();
                }
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("%")) {
                    continue;
                }
                String[] f = t.split("[\\s,|;]+");
                long time;
                try {
                    if (f.length < 3) {
                        throw new NumberFormatException();
                    }
                    time = f.length >= 4 && DAY.matcher(f[2]).matches() && f[3].indexOf(':') > 0
                            ? time(f[2] + "T" + f[3]) // a date and a time of day, space separated
                            : time(f[f.length >= 4 ? 3 : 2]);
                } catch (NumberFormatException e) {
                    if (!seenData) {
                        seenData = true; // the header
                        continue;
                    }
                    throw new KithException(file + ":" + lineNo + ": expected 'a b time' or 'a b weight time', got '"
                            + (t.length() > 80 ? t.substring(0, 80) + "…" : t) + "'");
                }
                seenData = true;
                int a = ids.computeIfAbsent(f[0], k -> ids.size());
                int b = ids.computeIfAbsent(f[1], k -> ids.size());
                if (a != b) {
                    events.add(new long[] {a, b, time});
                }
            }
        } catch (IOException e) {
            throw new KithException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (events.size() < minimum) {
            throw new KithException(file + ": needs at least " + minimum + " timestamped edges, found " + events.size());
        }
        events.sort(Comparator.comparingLong((long[] e) -> e[2]));
        return new TemporalEdges(events, ids.size());
    }

    /** A time field: a number (truncated), else an ISO-8601 date or date-time in milliseconds. */
    static long time(String field) {
        char c = field.isEmpty() ? ' ' : field.charAt(0);
        if (field.indexOf('-', 1) < 0 && field.indexOf(':') < 0) {
            double value = Double.parseDouble(field);
            if (!Double.isFinite(value) || c == 'N' || c == 'I') {
                throw new NumberFormatException(field);
            }
            return (long) value;
        }
        try {
            if (field.indexOf('T') < 0) {
                return LocalDate.parse(field).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            for (DateTimeFormatter withOffset : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, OFFSET_WITHOUT_COLON)) {
                try {
                    return OffsetDateTime.parse(field, withOffset).toInstant().toEpochMilli();
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            if (field.endsWith("Z")) {
                return Instant.parse(field).toEpochMilli();
            }
            return LocalDateTime.parse(field).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new NumberFormatException(field);
        }
    }
}
