package dev.kith.events;

import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An event on one day or over a span of days ({@code end} is the last day, equal to {@code start}
 * for a one-day event). {@code series} names the yearly series it is an edition of ("ALA Annual"),
 * {@code group} the group that runs it, {@code myRole} how I take part; each null when unknown.
 */
public record Event(long id, String name, LocalDate start, LocalDate end, String series, String location,
                    Long groupId, String group, AttendanceRole myRole) {
    public Event {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        end = end == null ? start : end;
        if (end.isBefore(start)) {
            throw new ValidationException("end", "must not be before the start (" + start + "), not " + end);
        }
    }

    /** Whether {@code day} falls within the event. */
    public boolean spans(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
