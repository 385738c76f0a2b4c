package dev.kith.capture.calendar;

import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The occurrences of one UID that start in a window: the master's, expanded by biweekly's
 * recurrence iterator (RRULE, RDATE, EXDATE), with each occurrence that a RECURRENCE-ID override
 * replaces taken from the override instead, wherever the override moved it. DTSTART is always the
 * first occurrence (RFC 5545, 3.8.5.3) unless an EXDATE removes it, even when the rule does not
 * produce it (then a COUNT yields one occurrence more than the RFC's). An override whose master is
 * missing stands alone. At most {@link IcsLimits#maxOccurrences()} are expanded per master.
 */
final class SeriesExpander {
    /** How far around the window to iterate all-day dates, which biweekly gives at midnight in the JVM's zone. */
    private static final Duration ALL_DAY_MARGIN = Duration.ofDays(1);

    private final String source;
    private final Instant from;
    private final Instant to;
    private final int maxOccurrences;
    private int budget;
    private boolean truncated;

    /** An expander of at most {@code maxOccurrences} per master and {@code maxMeetings} in all. */
    SeriesExpander(String source, Instant from, Instant to, int maxOccurrences, int maxMeetings) {
        this.source = source;
        this.from = from;
        this.to = to;
        this.maxOccurrences = maxOccurrences;
        this.budget = maxMeetings;
    }

    /** Whether {@code maxMeetings} have been added: nothing more will be. */
    private boolean exhausted() {
        return budget <= 0;
    }

    /** Whether a meeting in the window was left out because {@code maxMeetings} had been added. */
    boolean truncated() {
        return truncated;
    }

    /** Adds to {@code out} the occurrences of {@code master} ({@code null} if absent) and its overrides. */
    void expand(IcsEvent master, Map<Object, IcsEvent> overrides, List<Meeting> out, List<CalendarWarning> warnings) {
        if (master != null && !master.recurring()) {
            add(master, master.times().start(), null, false, out);
        } else if (master != null && exhausted()) {
            truncated = true;
        } else if (master != null) {
            Duration margin = master.times().allDay() ? ALL_DAY_MARGIN : Duration.ZERO;
            DateIterator it = master.event().getDateIterator(master.times().zone());
            it.advanceTo(Date.from(from.minus(margin)));
            int count = 0;
            Object first = master.times().key(master.times().start());
            java.util.Set<java.time.LocalDate> daysOff = master.times().allDay() ? java.util.Set.of() : daysExcluded(master);
            boolean firstSeen = false;
            while (it.hasNext()) {
                Date date = it.next();
                if (!date.toInstant().isBefore(to.plus(margin))) {
                    break;
                }
                if (exhausted()) {
                    truncated = true;
                    break;
                }
                ZonedDateTime start = master.times().at(date);
                Object key = master.times().key(start);
                firstSeen |= key.equals(first);
                if (!start.toInstant().isBefore(from) && ++count > maxOccurrences) {
                    warnings.add(new CalendarWarning(source, master.line(), "event '" + master.uid() + "' recurs more than "
                            + maxOccurrences + " times in the window; the rest are left out"));
                    break;
                }
                if (!overrides.containsKey(key) && !daysOff.contains(start.toLocalDate())) {
                    add(master, start, EventTimes.text(key), true, out);
                }
            }
            if (!firstSeen && !overrides.containsKey(first) && !excluded(master, first)
                    && !daysOff.contains(master.times().start().toLocalDate())) {
                add(master, master.times().start(), EventTimes.text(first), true, out);
            }
        }
        for (IcsEvent override : overrides.values()) {
            add(override, override.times().start(), EventTimes.text(override.recurrenceKey()), true, out);
        }
    }

    private static boolean excluded(IcsEvent master, Object key) {
        return master.event().getExceptionDates().stream().flatMap(x -> x.getValues().stream())
                .anyMatch(d -> EventTimes.key(d).equals(key));
    }

    /**
     * The days a timed series' EXDATEs written as dates (VALUE=DATE, which RFC 5545 wants only for all-day series
     * but some exporters write for timed ones) take out: every occurrence starting that day.
     */
    private static java.util.Set<java.time.LocalDate> daysExcluded(IcsEvent master) {
        java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
        master.event().getExceptionDates().stream().flatMap(x -> x.getValues().stream())
                .filter(d -> !d.hasTime()).map(EventTimes::key)
                .forEach(k -> days.add((java.time.LocalDate) k));
        return days;
    }

    private void add(IcsEvent e, ZonedDateTime start, String recurrenceId, boolean recurring, List<Meeting> out) {
        Instant at = start.toInstant();
        if (at.isBefore(from) || !at.isBefore(to)) {
            return;
        }
        if (exhausted()) {
            truncated = true;
            return;
        }
        budget--;
        EventFields f = e.fields();
        out.add(new Meeting(e.uid(), recurrenceId, start, e.times().endOf(start), e.times().allDay(), f.summary(),
                f.location(), f.organizer(), f.attendees(), f.status(), recurring));
    }
}
