package dev.kith.capture.calendar;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One occurrence of a calendar event, whatever calendar it came from. {@code recurrenceId} is
 * {@code null} for a single event and, for an occurrence of a recurring one, its original start as
 * RFC 5545 text in UTC ({@code 20250107T090000Z}), or its original date ({@code 20250107}) when the
 * event lasts whole days; {@link #key()} joins it to the UID. All-day meetings start at the start of
 * their first day in the user's zone and end at the start of the day after their last. Text fields
 * are {@code null} when the calendar leaves them out; {@code organizer} is {@code null} for an event
 * nobody invited to.
 */
public record Meeting(String uid, String recurrenceId, ZonedDateTime start, ZonedDateTime end, boolean allDay,
        String summary, String location, Attendee organizer, List<Attendee> attendees, Status status,
        boolean recurring) {

    public Meeting {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        attendees = List.copyOf(attendees);
    }

    /** The stable key of this occurrence: {@code uid|recurrenceId}, with nothing after the bar for a single event. */
    public String key() {
        return uid + "|" + (recurrenceId == null ? "" : recurrenceId);
    }

    /** The event's STATUS; an event that states none is {@link #CONFIRMED}. */
    public enum Status {
        CONFIRMED, TENTATIVE, CANCELLED
    }
}
