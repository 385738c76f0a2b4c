package dev.kith.capture.calendar;

import java.util.List;

/**
 * What one iCalendar text holds in a window: its meetings, ordered by start then key, and the
 * warnings about events skipped or read around (both empty lists, never null, when there are none).
 */
public record IcsResult(List<Meeting> meetings, List<CalendarWarning> warnings) {

    public IcsResult {
        meetings = List.copyOf(meetings);
        warnings = List.copyOf(warnings);
    }
}
