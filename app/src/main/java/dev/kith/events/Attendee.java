package dev.kith.events;

/** A contact known to attend an event, their role, and whether it is their first time or they come alone. */
public record Attendee(long contactId, String name, AttendanceRole role, boolean firstTimer, boolean alone) {
}
