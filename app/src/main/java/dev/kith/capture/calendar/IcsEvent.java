package dev.kith.capture.calendar;

import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.property.RecurrenceDates;
import biweekly.property.RecurrenceRule;
import java.time.ZoneId;

/**
 * One VEVENT read: the line it starts on, its times and fields, whether it is a recurring master
 * (RRULE or RDATE), the key of its RECURRENCE-ID ({@code null} for a master or single event) and its
 * SEQUENCE (0 when absent).
 */
record IcsEvent(VEvent event, long line, String uid, EventTimes times, EventFields fields, boolean recurring,
        Object recurrenceKey, int sequence) {

    /** {@code event} read; a {@link BadEvent} when it cannot be. */
    static IcsEvent of(VEvent event, long line, TimezoneInfo tzinfo, ZoneId userZone) {
        String uid = event.getUid() == null || event.getUid().getValue() == null || event.getUid().getValue().isBlank()
                ? null : event.getUid().getValue().strip();
        EventTimes times = EventTimes.of(event, tzinfo, userZone);
        if (uid == null) {
            uid = "no-uid-" + Integer.toHexString((times.start().toInstant() + "|"
                    + (event.getSummary() == null ? "" : event.getSummary().getValue())).hashCode());
        }
        Object recurrenceKey = null;
        if (event.getRecurrenceId() != null) {
            if (event.getRecurrenceId().getValue() == null) {
                throw new BadEvent("unreadable RECURRENCE-ID");
            }
            recurrenceKey = EventTimes.key(event.getRecurrenceId().getValue());
        }
        boolean recurring = event.getProperties(RecurrenceRule.class).stream()
                .anyMatch(r -> r.getValue() != null && r.getValue().getFrequency() != null) // FREQ=SOMETIMES: once
                || event.getProperties(RecurrenceDates.class).stream().anyMatch(r -> !r.getDates().isEmpty());
        Integer sequence = event.getSequence() == null ? null : event.getSequence().getValue();
        return new IcsEvent(event, line, uid, times, EventFields.of(event), recurring, recurrenceKey,
                sequence == null ? 0 : sequence);
    }
}
