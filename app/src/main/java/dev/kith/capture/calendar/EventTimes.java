package dev.kith.capture.calendar;

import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/**
 * When one VEVENT happens. A timed event has an absolute length and its times are shown in the zone
 * of its TZID (in the user's zone when it is floating or in UTC); an all-day event lasts whole days in
 * the user's zone. With no DTEND, DURATION gives the length, else one day for an all-day event and
 * none for a timed one (RFC 5545, 3.6.1).
 */
record EventTimes(ZonedDateTime start, Duration length, long days, boolean allDay, TimeZone zone, boolean zoneShown,
        ZoneId userZone) {
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * The times of {@code event}; a {@link BadEvent} when it has no readable start, and one {@link BadEvent#endOnly()}
     * when its end is impossible or before its start.
     */
    static EventTimes of(VEvent event, TimezoneInfo tzinfo, ZoneId userZone) {
        DateStart dtstart = event.getDateStart();
        if (dtstart == null || dtstart.getValue() == null) {
            throw new BadEvent("no readable start (DTSTART)");
        }
        ICalDate start = dtstart.getValue();
        DateEnd dtend = event.getDateEnd();
        ICalDate end = dtend == null ? null : dtend.getValue();
        if (!possible(start)) {
            throw new BadEvent("an impossible start (DTSTART " + start.getRawComponents() + ")");
        }
        if (end != null && !possible(end)) {
            throw BadEvent.end("an impossible end (DTEND " + end.getRawComponents() + ")");
        }
        if (!start.hasTime() || outlookAllDay(event, start, end)) {
            LocalDate first = localDate(start);
            long days = end != null ? ChronoUnit.DAYS.between(first, localDate(end))
                    : event.getDuration() != null && event.getDuration().getValue() != null
                            ? Math.ceilDiv(event.getDuration().getValue().toMillis(), 86_400_000L) : 1;
            if (days < 0) {
                throw BadEvent.end("ends (DTEND " + localDate(end) + ") before it starts (DTSTART " + first + ")");
            }
            return new EventTimes(first.atStartOfDay(userZone), Duration.ZERO, Math.max(days, 1), true,
                    TimeZone.getDefault(), false, userZone);
        }
        TimezoneAssignment assignment = tzinfo.getTimezone(dtstart);
        boolean floating = tzinfo.isFloating(dtstart);
        TimeZone zone = assignment != null ? assignment.getTimeZone()
                : TimeZone.getTimeZone(floating ? userZone : ZoneOffset.UTC);
        Duration length = end != null ? Duration.between(start.toInstant(), end.toInstant())
                : event.getDuration() != null && event.getDuration().getValue() != null
                        ? Duration.ofMillis(event.getDuration().getValue().toMillis()) : Duration.ZERO;
        if (length.isNegative()) {
            throw BadEvent.end(end != null ? "ends (DTEND) before it starts (DTSTART)" : "a negative DURATION");
        }
        EventTimes times = new EventTimes(null, length, 0, false, zone, assignment != null, userZone);
        return times.withStart(times.at(start));
    }

    private EventTimes withStart(ZonedDateTime s) {
        return new EventTimes(s, length, days, allDay, zone, zoneShown, userZone);
    }

    /** Where an occurrence that the recurrence iterator gave as {@code date} starts. */
    ZonedDateTime at(Date date) {
        if (allDay) {
            return LocalDate.ofInstant(date.toInstant(), zone.toZoneId()).atStartOfDay(userZone);
        }
        Instant instant = date.toInstant();
        return instant.atZone(zoneShown ? ZoneResolver.present(zone, instant) : userZone);
    }

    /** Where the occurrence that starts at {@code start} ends. */
    ZonedDateTime endOf(ZonedDateTime occurrenceStart) {
        return allDay ? occurrenceStart.toLocalDate().plusDays(days).atStartOfDay(userZone) : occurrenceStart.plus(length);
    }

    /** What identifies the occurrence starting at {@code start}: its date when all-day, else its instant. */
    Object key(ZonedDateTime occurrenceStart) {
        return allDay ? occurrenceStart.toLocalDate() : occurrenceStart.toInstant();
    }

    /** The key of a RECURRENCE-ID value, comparable with {@link #key(ZonedDateTime)}. */
    static Object key(ICalDate recurrenceId) {
        return recurrenceId.hasTime() ? recurrenceId.toInstant() : localDate(recurrenceId);
    }

    /**
     * The key of the instance of this series that {@code id} names, read as RFC 5545 (3.8.4.4) says, in the
     * series' value type and zone: for an all-day series the date written, whatever its form; for a timed one a
     * floating time in the series' zone and a date at the time of day of DTSTART there (the instance of that day
     * at another time is matched by {@link Overrides}).
     */
    Object keyOf(OverrideId id) {
        if (id.written() == null) {
            return id.key();
        }
        if (allDay) {
            return id.written().toLocalDate();
        }
        if (id.date()) {
            return instant(id.written().toLocalDate().atTime(local(start.toInstant()).toLocalTime()));
        }
        return id.floating() ? instant(id.written()) : id.key();
    }

    /** The date and time on the series' clock at {@code instant}. */
    LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(zone.getOffset(instant.toEpochMilli()) / 1000));
    }

    /** The instant of {@code local} on the series' clock (a time in a gap is moved forward by the gap). */
    Instant instant(LocalDateTime local) {
        Calendar c = Calendar.getInstance(zone);
        c.clear();
        c.set(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth(), local.getHour(), local.getMinute(),
                local.getSecond());
        return c.toInstant();
    }

    /** A key as RFC 5545 text: {@code 20250107} for a date, {@code 20250107T090000Z} for an instant. */
    static String text(Object key) {
        return key instanceof LocalDate d ? d.format(DateTimeFormatter.BASIC_ISO_DATE) : UTC_STAMP.format((Instant) key);
    }

    /**
     * Whether {@code event} is an Outlook or Exchange all-day event written as midnight to midnight in its zone with
     * X-MICROSOFT-CDO-ALLDAYEVENT:TRUE (or the MSN calendar's flag) instead of as dates: it lasts those days in the
     * user's zone too, not from 09:00 to 09:00 for a user nine hours ahead. Only a single event (no RRULE, RDATE
     * or RECURRENCE-ID), whose occurrences are not keyed by their times.
     */
    private static boolean outlookAllDay(VEvent event, ICalDate start, ICalDate end) {
        boolean flagged = false;
        for (String name : new String[] {"X-MICROSOFT-CDO-ALLDAYEVENT", "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT"}) {
            var p = event.getExperimentalProperty(name);
            flagged |= p != null && p.getValue() != null && p.getValue().strip().equalsIgnoreCase("TRUE");
        }
        if (!flagged || event.getRecurrenceId() != null || !event.getProperties(biweekly.property.RecurrenceRule.class).isEmpty()
                || !event.getRecurrenceDates().isEmpty()) {
            return false;
        }
        return midnight(start) && (end == null || midnight(end) && end.hasTime());
    }

    private static boolean midnight(ICalDate date) {
        DateTimeComponents raw = date.getRawComponents();
        return raw != null && raw.getHour() == 0 && raw.getMinute() == 0 && raw.getSecond() == 0;
    }

    /**
     * Whether {@code date} as written is a date and time that exists (biweekly reads month 13 or day 41 leniently,
     * as a date months later); a leap second (60) is let through.
     */
    static boolean possible(ICalDate date) {
        DateTimeComponents raw = date.getRawComponents();
        if (raw == null) {
            return true;
        }
        try {
            LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
            return !raw.hasTime() || raw.getHour() < 24 && raw.getMinute() < 60 && raw.getSecond() <= 60
                    && raw.getHour() >= 0 && raw.getMinute() >= 0 && raw.getSecond() >= 0;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** The date as written in the file, whatever zone biweekly parsed it in. */
    private static LocalDate localDate(ICalDate date) {
        DateTimeComponents raw = date.getRawComponents();
        return raw != null ? LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate())
                : LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
