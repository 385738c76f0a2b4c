package dev.kith.events;

import java.time.LocalDate;

/** Someone I met at an earlier edition of a series: at which edition and when. */
public record CatchUp(long contactId, String name, long eventId, String event, LocalDate metOn) {
    /** "You met Paul Cottey at CIO Summit 2025 — see if you can catch up again". */
    public String reason() {
        return "You met " + name + " at " + event + " — see if you can catch up again";
    }
}
