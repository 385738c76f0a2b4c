package dev.kith.capture.calendar;

import biweekly.util.DateTimeComponents;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The occurrences of one UID that start in a window: the master's, expanded by biweekly's recurrence iterator
 * (RRULE, EXDATE) and from its {@link Rdates}, with each occurrence that a RECURRENCE-ID override replaces taken
 * from the override instead, wherever the override moved it, and those after a RANGE=THISANDFUTURE override
 * changed by it ({@link Overrides}). DTSTART is always the first occurrence (RFC 5545, 3.8.5.3) unless an EXDATE
 * removes it, even when the rule does not produce it (then a COUNT yields one occurrence more than the RFC's). An
 * override whose master is missing stands alone. At most {@link IcsLimits#maxOccurrences()} are expanded per
 * master.
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

    /**
     * Adds to {@code out} the occurrences of {@code master} ({@code null} if absent) and its {@code overrides}, each
     * under the key of the instance it replaces.
     */
    void expand(IcsEvent master, Map<Object, IcsEvent> overrides, List<Meeting> out, List<CalendarWarning> warnings) {
        if (master == null || !master.recurring()) {
            if (master != null) {
                ZonedDateTime start = master.times().start();
                add(master, master.fields(), null, start, master.times().endOf(start), false, out);
            }
            overrides.forEach((key, o) -> add(o, o.fields(), key, o.times().start(), o.times().endOf(o.times().start()),
                    true, out));
            return;
        }
        Overrides series = new Overrides(master.times(), overrides);
        if (exhausted()) {
            truncated = true;
        } else {
            expandMaster(master, series, out, warnings);
        }
        for (IcsEvent o : series.all()) {
            add(o, o.fields(), series.keyOf(o), o.times().start(), o.times().endOf(o.times().start()), true, out);
        }
    }

    private void expandMaster(IcsEvent master, Overrides overrides, List<Meeting> out, List<CalendarWarning> warnings) {
        EventTimes times = master.times();
        Duration reach = overrides.reach();
        Duration margin = (times.allDay() ? ALL_DAY_MARGIN : Duration.ZERO).plus(reach);
        Instant counted = from.minus(reach);
        DateIterator it = master.event().getDateIterator(times.zone());
        it.advanceTo(Date.from(from.minus(margin)));
        Set<Object> excluded = exdates(master);
        Set<LocalDate> daysOff = daysExcluded(master);
        Set<Object> seen = new HashSet<>();
        int count = 0;
        while (it.hasNext()) {
            Date date = it.next();
            if (!date.toInstant().isBefore(to.plus(margin))) {
                break;
            }
            if (exhausted()) {
                truncated = true;
                return;
            }
            ZonedDateTime start = times.at(date);
            if (!start.toInstant().isBefore(counted) && ++count > maxOccurrences) {
                warnings.add(new CalendarWarning(source, master.line(), "event '" + master.uid() + "' recurs more than "
                        + maxOccurrences + " times in the window; the rest are left out"));
                return;
            }
            seen.add(times.key(start));
            if (!daysOff.contains(start.toLocalDate())) {
                instance(master, overrides, start, null, out);
            }
        }
        ZonedDateTime first = times.start();
        if (seen.add(times.key(first)) && !excluded.contains(times.key(first)) && !daysOff.contains(first.toLocalDate())) {
            instance(master, overrides, first, null, out);
        }
        for (Rdates.Rdate r : master.rdates()) {
            Instant at = r.start().toInstant();
            if (at.isBefore(from.minus(margin)) || !at.isBefore(to.plus(margin))) {
                continue;
            }
            Object key = times.key(r.start());
            if (seen.add(key) && !excluded.contains(key) && !daysOff.contains(r.start().toLocalDate())) {
                instance(master, overrides, r.start(), r.length(), out);
            }
        }
    }

    /** Adds the instance of {@code master} starting at {@code start}, unless an override replaces it. */
    private void instance(IcsEvent master, Overrides overrides, ZonedDateTime start, Duration length, List<Meeting> out) {
        EventTimes times = master.times();
        Object key = times.key(start);
        if (overrides.replacing(key, start.toInstant()) != null) {
            return;
        }
        IcsEvent range = overrides.range(key);
        if (range == null) {
            add(master, master.fields(), key, start, length == null ? times.endOf(start) : start.plus(length), true, out);
            return;
        }
        ZonedDateTime moved = overrides.moved(range, start);
        EventTimes changed = range.times().allDay() == times.allDay() ? range.times() : times;
        add(master, range.fields(), key, moved, changed.endOf(moved), true, out);
    }

    /** The keys of the series' EXDATEs. */
    private static Set<Object> exdates(IcsEvent master) {
        Set<Object> keys = new HashSet<>();
        master.event().getExceptionDates().stream().flatMap(x -> x.getValues().stream())
                .forEach(d -> keys.add(EventTimes.key(d)));
        return keys;
    }

    /**
     * The days whose occurrences EXDATEs written in the other value type take out: for a timed series, those
     * written as dates (VALUE=DATE, which RFC 5545 wants only for all-day series but some exporters write for timed
     * ones), every occurrence starting that day; for an all-day series, the dates of those written as midnight
     * (Outlook's, in its zone), which biweekly compares at midnight in the JVM's zone.
     */
    private static Set<LocalDate> daysExcluded(IcsEvent master) {
        boolean allDay = master.times().allDay();
        Set<LocalDate> days = new HashSet<>();
        master.event().getExceptionDates().stream().flatMap(x -> x.getValues().stream())
                .filter(d -> d != null && d.hasTime() == allDay && d.getRawComponents() != null
                        && EventTimes.possible(d) && (!allDay || midnight(d.getRawComponents())))
                .forEach(d -> days.add(LocalDate.of(d.getRawComponents().getYear(), d.getRawComponents().getMonth(),
                        d.getRawComponents().getDate())));
        return days;
    }

    private static boolean midnight(DateTimeComponents raw) {
        return raw.getHour() == 0 && raw.getMinute() == 0 && raw.getSecond() == 0;
    }

    private void add(IcsEvent e, EventFields f, Object key, ZonedDateTime start, ZonedDateTime end, boolean recurring,
            List<Meeting> out) {
        Instant at = start.toInstant();
        if (at.isBefore(from) || !at.isBefore(to)) {
            return;
        }
        if (exhausted()) {
            truncated = true;
            return;
        }
        budget--;
        out.add(new Meeting(e.uid(), key == null ? null : EventTimes.text(key), start, end, e.times().allDay(),
                f.summary(), f.location(), f.organizer(), f.attendees(), f.status(), recurring));
    }
}
