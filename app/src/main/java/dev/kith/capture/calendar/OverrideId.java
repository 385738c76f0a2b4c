package dev.kith.capture.calendar;

import biweekly.parameter.Range;
import biweekly.property.RecurrenceId;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.time.LocalDateTime;

/**
 * The RECURRENCE-ID of an override as written: its key read on its own ({@link EventTimes#key(ICalDate)}), its
 * date and time as written ({@code null} when unknown; midnight for a date), whether it is floating (no TZID,
 * no Z) or a date, and whether it carries RANGE=THISANDFUTURE. Its series reads it in the series' zone
 * ({@link EventTimes#keyOf(OverrideId)}).
 */
record OverrideId(Object key, LocalDateTime written, boolean floating, boolean date, boolean thisAndFuture) {

    /** The override id of {@code property}; a {@link BadEvent} when it has no value. */
    static OverrideId of(RecurrenceId property) {
        ICalDate value = property.getValue();
        if (value == null) {
            throw new BadEvent("unreadable RECURRENCE-ID");
        }
        DateTimeComponents raw = value.getRawComponents();
        LocalDateTime written = raw == null || !EventTimes.possible(value) ? null
                : LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(),
                        Math.min(raw.getSecond(), 59));
        boolean floating = value.hasTime() && raw != null && !raw.isUtc()
                && property.getParameters().getTimezoneId() == null;
        return new OverrideId(EventTimes.key(value), written, floating, !value.hasTime(),
                property.getRange() == Range.THIS_AND_FUTURE);
    }
}
