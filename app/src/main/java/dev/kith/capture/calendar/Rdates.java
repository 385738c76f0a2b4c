package dev.kith.capture.calendar;

import biweekly.component.VEvent;
import biweekly.property.RecurrenceDates;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.Period;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The instances a series' RDATEs add (RFC 5545, 3.8.5.2), read here rather than by biweekly's iterator, which
 * drops periods (VALUE=PERIOD) and puts a date (VALUE=DATE) of a timed series at midnight: a period starts at its
 * start and lasts its own length (to its end, or its duration); a date of a timed series is that day at the time
 * of day of DTSTART in the series' zone; a floating date-time is on the series' clock; the values of an all-day
 * series are their dates. Linear in the number of values.
 */
final class Rdates {
    /** One added instance: its start and its own length ({@code null}: the series' length). */
    record Rdate(ZonedDateTime start, Duration length) {
    }

    private Rdates() {
    }

    /** The instances the RDATEs of {@code event}, of times {@code times}, add; they are taken out of the event. */
    static List<Rdate> take(VEvent event, EventTimes times) {
        List<Rdate> out = new ArrayList<>();
        for (RecurrenceDates property : event.getProperties(RecurrenceDates.class)) {
            boolean zoned = property.getParameters().getTimezoneId() != null;
            for (ICalDate date : property.getDates()) {
                if (date != null && EventTimes.possible(date)) {
                    out.add(new Rdate(start(date, zoned, times), null));
                }
            }
            for (Period period : property.getPeriods()) {
                ICalDate start = period.getStartDate();
                if (start == null || !EventTimes.possible(start)) {
                    continue;
                }
                ZonedDateTime at = start(start, zoned, times);
                out.add(new Rdate(at, times.allDay() ? null : length(period, at.toInstant(), zoned, times)));
            }
        }
        event.removeProperties(RecurrenceDates.class);
        return out;
    }

    /** The length of {@code period}, which starts at {@code start}; {@code null} when it has none or ends before. */
    private static Duration length(Period period, Instant start, boolean zoned, EventTimes times) {
        Duration length = null;
        if (period.getEndDate() != null && EventTimes.possible(period.getEndDate())) {
            length = Duration.between(start, instant(period.getEndDate(), zoned, times));
        } else if (period.getDuration() != null) {
            length = Duration.ofMillis(period.getDuration().toMillis());
        }
        return length == null || length.isNegative() ? null : length;
    }

    private static ZonedDateTime start(ICalDate date, boolean zoned, EventTimes times) {
        if (times.allDay()) {
            DateTimeComponents raw = date.getRawComponents();
            LocalDate day = raw != null ? LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate())
                    : LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
            return day.atStartOfDay(times.userZone());
        }
        return times.at(Date.from(instant(date, zoned, times)));
    }

    /** The instant of a value of a timed series: as parsed when UTC or with a TZID, else on the series' clock. */
    private static Instant instant(ICalDate date, boolean zoned, EventTimes times) {
        DateTimeComponents raw = date.getRawComponents();
        if (raw == null || date.hasTime() && (raw.isUtc() || zoned)) {
            return date.toInstant();
        }
        LocalDateTime local = date.hasTime()
                ? LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(),
                        Math.min(raw.getSecond(), 59))
                : LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate())
                        .atTime(times.local(times.start().toInstant()).toLocalTime());
        return times.instant(local);
    }
}
