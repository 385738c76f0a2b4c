package dev.kith.capture;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What one calendar capture run did: {@code events} meetings read (occurrences in the window),
 * {@code interactions} newly logged; meetings owe no replies, so {@code awaitingReply} and {@code cleared}
 * are 0, and {@code newPeople} counts those met for the first time who are not in the book (offered in the
 * inbox). {@code skipped.duplicates} were captured before,
 * {@code skipped.unreadable} are bad events, named in {@code warnings} (not part of the JSON shape).
 */
@JsonPropertyOrder({"events", "interactions", "awaitingReply", "cleared", "newPeople", "skipped"})
public record CalendarSummary(int events, int interactions, int awaitingReply, int cleared, int newPeople,
                              CaptureSummary.Skipped skipped, @JsonIgnore List<String> warnings) {
    public CalendarSummary {
        warnings = List.copyOf(warnings);
    }

    /** The summary in words, e.g. "12 events: 5 interactions, 2 new people; skipped 2 duplicates, 1 unreadable". */
    public String inWords() {
        return events + (events == 1 ? " event: " : " events: ") + interactions
                + (interactions == 1 ? " interaction" : " interactions")
                + (newPeople == 0 ? "" : ", " + newPeople + (newPeople == 1 ? " new person" : " new people"))
                + "; skipped " + skipped.duplicates()
                + (skipped.duplicates() == 1 ? " duplicate, " : " duplicates, ") + skipped.unreadable() + " unreadable";
    }
}
