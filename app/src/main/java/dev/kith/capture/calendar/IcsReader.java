package dev.kith.capture.calendar;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import dev.kith.io.ImportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.ToLongFunction;

/**
 * Reads iCalendar (RFC 5545) text, from a file, a published URL or a CalDAV object, into the
 * {@link Meeting}s that start in a window [from, to). Floating times are read in the user's zone.
 * A text that is not iCalendar at all, or breaks an {@link IcsLimits} bound, is an
 * {@link ImportException} naming the source, line and reason; an event that cannot be read is left
 * out with a {@link CalendarWarning}. Thread-safe (immutable).
 */
public final class IcsReader {
    private final ZoneId userZone;
    private final IcsLimits limits;

    public IcsReader(ZoneId userZone, IcsLimits limits) {
        this.userZone = Objects.requireNonNull(userZone, "userZone");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The meetings of the iCalendar file {@code file} that start in [from, to). */
    public IcsResult read(Path file, Instant from, Instant to) {
        String source = file.toString();
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw new ImportException(source, 0, "the calendar is larger than " + limits.maxBytes() + " bytes");
            }
            return read(source, Files.readAllBytes(file), from, to);
        } catch (NoSuchFileException e) {
            throw new ImportException(source, 0, "no such file");
        } catch (IOException e) {
            throw new ImportException(source, 0, "cannot read the file: " + e.getMessage());
        }
    }

    /** The meetings of iCalendar {@code bytes} (UTF-8) from {@code source} that start in [from, to). */
    public IcsResult read(String source, byte[] bytes, Instant from, Instant to) {
        List<CalendarWarning> warnings = new ArrayList<>();
        String text = IcsScanner.decode(source, bytes, limits, warnings);
        return read(source, text, from, to, warnings);
    }

    /** The meetings of iCalendar {@code text} from {@code source} that start in [from, to). */
    public IcsResult read(String source, String text, Instant from, Instant to) {
        return read(source, text, from, to, new ArrayList<>());
    }

    private IcsResult read(String source, String text, Instant from, Instant to, List<CalendarWarning> warnings) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the window's start " + from + " is not before its end " + to);
        }
        List<Long> eventLines = IcsScanner.scan(source, text, limits, warnings);
        List<IcsEvent> events = events(source, text, eventLines, warnings);
        Map<String, List<IcsEvent>> byUid = new LinkedHashMap<>();
        for (IcsEvent e : events) {
            byUid.computeIfAbsent(e.uid(), k -> new ArrayList<>()).add(e);
        }
        SeriesExpander expander = new SeriesExpander(source, from, to, limits.maxOccurrences(), limits.maxMeetings());
        List<Meeting> meetings = new ArrayList<>();
        for (List<IcsEvent> series : byUid.values()) {
            List<Meeting> found = new ArrayList<>();
            try {
                expandSeries(source, series, expander, found, warnings);
                meetings.addAll(found);
            } catch (RuntimeException | AssertionError e) { // AssertionError: see events()
                warnings.add(new CalendarWarning(source, series.getFirst().line(), "event '" + series.getFirst().uid()
                        + "' skipped: its recurrence cannot be expanded (" + e.getMessage() + ")"));
            }
        }
        if (expander.truncated()) {
            warnings.add(new CalendarWarning(source, 0, "more than " + limits.maxMeetings()
                    + " meetings in the window; the rest are left out"));
        }
        meetings.sort(Comparator.comparing((Meeting m) -> m.start().toInstant()).thenComparing(Meeting::key));
        warnings.sort(Comparator.comparingLong(CalendarWarning::line));
        return new IcsResult(meetings, warnings);
    }

    private List<IcsEvent> events(String source, String text, List<Long> eventLines, List<CalendarWarning> warnings) {
        List<IcsEvent> events = new ArrayList<>();
        try (ICalReader reader = new ICalReader(IcsScanner.forReader(text))) {
            reader.setDefaultTimezone(TimeZone.getTimeZone(userZone));
            reader.setGlobalTimezoneIdResolver(new ZoneResolver(source, tzidLines(text), warnings));
            List<VEvent> all = new ArrayList<>();
            List<ICalendar> calendars = new ArrayList<>();
            for (ICalendar ical = reader.readNext(); ical != null; ical = reader.readNext()) {
                for (ParseWarning w : reader.getWarnings()) {
                    if (w.getCode() == null || w.getCode() != 37) { // 37: an IANA TZID with no VTIMEZONE, read fine
                        warnings.add(new CalendarWarning(source, w.getLineNumber() == null ? 0 : w.getLineNumber(),
                                (w.getPropertyName() == null ? "" : w.getPropertyName() + ": ") + w.getMessage()));
                    }
                }
                for (VEvent e : ical.getEvents()) {
                    all.add(e);
                    calendars.add(ical);
                }
            }
            for (int i = 0; i < all.size(); i++) {
                long line = all.size() == eventLines.size() ? eventLines.get(i) : 0;
                try {
                    IcsEvent e = IcsEvent.of(all.get(i), line, calendars.get(i).getTimezoneInfo(), userZone);
                    events.add(e);
                    if (e.endDropped() != null) {
                        warnings.add(new CalendarWarning(source, line, "event '" + e.uid() + "': " + e.endDropped()
                                + "; read without its end"));
                    }
                } catch (BadEvent e) {
                    warnings.add(new CalendarWarning(source, line, "event" + uid(all.get(i)) + " skipped: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof ImportException) {
                throw e;
            }
            throw new ImportException(source, 0, "cannot read this calendar: " + e);
        } catch (AssertionError e) {
            // biweekly's recurrence code asserts on impossible dates (a VTIMEZONE starting in month 74,
            // found by CaptureFuzzTest#ics); with assertions off it fails some other way or not at all
            throw new ImportException(source, 0, "cannot read this calendar: an impossible date in a time zone"
                    + " or recurrence (" + e.getMessage() + ")");
        }
        return events;
    }

    /**
     * Expands one UID: its master (the one with the higher SEQUENCE, else the later, when it appears twice) and its
     * overrides, each under the key of the instance it replaces, read in the master's zone and value type.
     */
    private static void expandSeries(String source, List<IcsEvent> series, SeriesExpander expander, List<Meeting> out,
            List<CalendarWarning> warnings) {
        IcsEvent master = null;
        for (IcsEvent e : series) {
            if (e.overrideId() == null && (master == null || kept(source, master, e, null, warnings) == e)) {
                master = e;
            }
        }
        Map<Object, IcsEvent> overrides = new LinkedHashMap<>();
        for (IcsEvent e : series) {
            if (e.overrideId() != null) {
                Object key = master == null ? e.recurrenceKey() : master.times().keyOf(e.overrideId());
                IcsEvent kept = overrides.get(key);
                overrides.put(key, kept == null ? e : kept(source, kept, e, key, warnings));
            }
        }
        expander.expand(master, overrides, out, warnings);
    }

    /** Which of two events for the same instance ({@code key}, {@code null} for the master) is used, with a warning. */
    private static IcsEvent kept(String source, IcsEvent kept, IcsEvent e, Object key, List<CalendarWarning> warnings) {
        warnings.add(new CalendarWarning(source, e.line(), "event '" + e.uid() + "' appears twice"
                + (key == null ? "" : " for " + EventTimes.text(key))
                + "; the one with the higher SEQUENCE (else the later) is used"));
        return kept.sequence() > e.sequence() ? kept : e;
    }

    private static String uid(VEvent e) {
        return e.getUid() == null || e.getUid().getValue() == null ? "" : " '" + e.getUid().getValue() + "'";
    }

    /**
     * The 1-based line where a TZID is first used in {@code text} (0 when it is not), from one pass over
     * the text made on the first question: a calendar of thousands of unknown zones is not searched
     * once per zone.
     */
    static ToLongFunction<String> tzidLines(String text) {
        Map<String, Long> first = new HashMap<>();
        boolean[] built = {false};
        return tzid -> {
            if (!built[0]) {
                built[0] = true;
                long line = 1;
                int counted = 0;
                for (int at = text.indexOf(";TZID="); at >= 0; at = text.indexOf(";TZID=", at + 1)) {
                    for (; counted < at; counted++) {
                        if (text.charAt(counted) == '\n') {
                            line++;
                        }
                    }
                    first.putIfAbsent(tzidAt(text, at + 6), line);
                }
            }
            Long line = first.get(tzid);
            return line == null ? 0 : line;
        };
    }

    /** The TZID parameter value starting at {@code from}: quoted, or up to the next ':', ';' or line end. */
    private static String tzidAt(String text, int from) {
        if (from < text.length() && text.charAt(from) == '"') {
            int close = text.indexOf('"', from + 1);
            String quoted = text.substring(from + 1, close < 0 ? text.length() : close);
            int eol = quoted.indexOf('\n');
            return (eol < 0 ? quoted : quoted.substring(0, eol)).strip();
        }
        int end = from;
        while (end < text.length() && ":;\r\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(from, end);
    }
}
