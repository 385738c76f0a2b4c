package dev.kith.capture.calendar;

import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.property.DateEnd;
import biweekly.property.DurationProperty;
import biweekly.property.ExceptionDates;
import biweekly.property.RecurrenceDates;
import biweekly.property.RecurrenceRule;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

/**
 * One VEVENT read: the line it starts on, its times and fields, whether it is a recurring master
 * (RRULE or RDATE), the instances its RDATEs add, its RECURRENCE-ID ({@code null} for a master or single
 * event), its SEQUENCE (0 when absent) and why its end was left out ({@code null} when it was not: an end
 * that is impossible or before the start is a bad field, and the event is read as if it had none).
 */
record IcsEvent(VEvent event, long line, String uid, EventTimes times, EventFields fields, boolean recurring,
        List<Rdates.Rdate> rdates, OverrideId overrideId, int sequence, String endDropped) {

    IcsEvent {
        rdates = List.copyOf(rdates);
    }

    /** The key of its RECURRENCE-ID read on its own; {@code null} for a master or single event. */
    Object recurrenceKey() {
        return overrideId == null ? null : overrideId.key();
    }

    /** {@code event} read; a {@link BadEvent} when it cannot be. */
    static IcsEvent of(VEvent event, long line, TimezoneInfo tzinfo, ZoneId userZone) {
        String uid = event.getUid() == null || event.getUid().getValue() == null || event.getUid().getValue().isBlank()
                ? null : event.getUid().getValue().strip();
        EventTimes times;
        String endDropped = null;
        try {
            times = EventTimes.of(event, tzinfo, userZone);
        } catch (BadEvent e) {
            if (!e.endOnly()) {
                throw e;
            }
            event.removeProperties(DateEnd.class);
            event.removeProperties(DurationProperty.class);
            times = EventTimes.of(event, tzinfo, userZone);
            endDropped = e.getMessage();
        }
        if (uid == null) {
            uid = "no-uid-" + Integer.toHexString((times.start().toInstant() + "|"
                    + (event.getSummary() == null ? "" : event.getSummary().getValue())).hashCode());
        }
        if (!times.allDay()) {
            untilInZone(event, times.zone());
            floatingExdatesInZone(event, times);
        }
        OverrideId overrideId = event.getRecurrenceId() == null ? null : OverrideId.of(event.getRecurrenceId());
        boolean recurring = event.getProperties(RecurrenceRule.class).stream()
                .anyMatch(r -> r.getValue() != null && r.getValue().getFrequency() != null) // FREQ=SOMETIMES: once
                || event.getProperties(RecurrenceDates.class).stream()
                        .anyMatch(r -> !r.getDates().isEmpty() || !r.getPeriods().isEmpty());
        List<Rdates.Rdate> rdates = Rdates.take(event, times);
        Integer sequence = event.getSequence() == null ? null : event.getSequence().getValue();
        return new IcsEvent(event, line, uid, times, EventFields.of(event), recurring, rdates, overrideId,
                sequence == null ? 0 : sequence, endDropped);
    }

    /**
     * Reads an EXDATE written without TZID or Z in a zoned or UTC series on the series' clock, as its RECURRENCE-IDs
     * are read ({@link EventTimes#keyOf(OverrideId)}), instead of in the user's zone, where it took out nothing.
     */
    private static void floatingExdatesInZone(VEvent event, EventTimes times) {
        for (ExceptionDates exdate : event.getExceptionDates()) {
            if (exdate.getParameters().getTimezoneId() != null) {
                continue;
            }
            List<ICalDate> values = exdate.getValues();
            for (int i = 0; i < values.size(); i++) {
                ICalDate d = values.get(i);
                DateTimeComponents raw = d == null ? null : d.getRawComponents();
                if (raw != null && d.hasTime() && !raw.isUtc() && EventTimes.possible(d)) {
                    LocalDateTime local = LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(),
                            raw.getMinute(), Math.min(raw.getSecond(), 59));
                    values.set(i, new ICalDate(Date.from(times.instant(local)), raw, true));
                }
            }
        }
    }

    /**
     * Reads the UNTIL of a timed series as its exporter meant it: a date (UNTIL=20250127, which some write for
     * timed events) as the end of that day, and a time without Z (floating, which RFC 5545 forbids with a TZID
     * but Lotus Notes, Outlook and others write) in the event's own zone, instead of at midnight or in the
     * user's zone, where the series' last occurrence was lost.
     */
    private static void untilInZone(VEvent event, java.util.TimeZone zone) {
        for (RecurrenceRule rule : event.getProperties(RecurrenceRule.class)) {
            Recurrence rec = rule.getValue();
            ICalDate until = rec == null ? null : rec.getUntil();
            DateTimeComponents raw = until == null ? null : until.getRawComponents();
            if (raw == null || until.hasTime() && raw.isUtc() || !EventTimes.possible(until)) {
                continue;
            }
            Calendar local = Calendar.getInstance(zone);
            local.clear();
            if (until.hasTime()) {
                local.set(raw.getYear(), raw.getMonth() - 1, raw.getDate(), raw.getHour(), raw.getMinute(),
                        Math.min(raw.getSecond(), 59));
            } else {
                local.set(raw.getYear(), raw.getMonth() - 1, raw.getDate(), 23, 59, 59);
            }
            rule.setValue(new Recurrence.Builder(rec).until(local.getTime(), true).build());
        }
    }
}
