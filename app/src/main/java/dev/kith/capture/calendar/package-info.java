/**
 * Meetings captured from calendars: iCalendar (RFC 5545) files, published {@code .ics} URLs and
 * CalDAV collections (RFC 4791, kept in step with sync-collection, RFC 6578, or ETags) become
 * {@link dev.kith.capture.calendar.Meeting}s, one per occurrence in a window, and
 * {@link dev.kith.capture.calendar.AttendedMeetings} picks the ones the user took part in as
 * {@link dev.kith.capture.calendar.CapturedMeeting}s for the interaction ledger. Nothing here
 * touches the database; biweekly reads the iCalendar text and expands recurrences.
 */
package dev.kith.capture.calendar;
