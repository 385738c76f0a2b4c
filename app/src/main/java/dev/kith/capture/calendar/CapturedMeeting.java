package dev.kith.capture.calendar;

import dev.kith.interactions.InteractionKind;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A meeting the user took part in, ready to be logged as an interaction: {@code key} is the stable
 * {@code uid|recurrenceId} of {@link Meeting#key()}, {@code kind} is LUNCH, COFFEE or MEETING,
 * {@code people} are the others who came (never empty), and {@code followUpWorthy} says it was a
 * one-off meeting that is over, which deserves a next-morning follow-up.
 */
public record CapturedMeeting(String key, String uid, String recurrenceId, ZonedDateTime start, ZonedDateTime end,
        boolean allDay, String title, String location, InteractionKind kind, List<Participant> people,
        boolean organizedByMe, boolean followUpWorthy) {

    public CapturedMeeting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
        people = List.copyOf(people);
        if (people.isEmpty()) {
            throw new IllegalArgumentException("a captured meeting needs someone besides the user");
        }
    }

    /** The day of the meeting where it was held (the user's zone for floating, UTC and all-day times). */
    public LocalDate date() {
        return start.toLocalDate();
    }
}
