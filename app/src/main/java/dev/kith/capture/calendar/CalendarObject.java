package dev.kith.capture.calendar;

import java.util.Objects;

/** One calendar object of a CalDAV collection: its href (a path on the server), its ETag and its iCalendar text. */
public record CalendarObject(String href, String etag, String ics) {

    public CalendarObject {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(ics, "ics");
    }
}
