package dev.kith.events;

import java.util.List;

/**
 * What to prepare before an event: people met at earlier editions of its series ({@code catchUps},
 * latest edition first), contacts known to attend ({@code attending}), and first-timers and people
 * attending alone, with a draft invitation to my group dinner ({@code invitations}).
 */
public record Prep(Event event, List<CatchUp> catchUps, List<Attendee> attending, List<Invitation> invitations) {
    public Prep {
        catchUps = List.copyOf(catchUps);
        attending = List.copyOf(attending);
        invitations = List.copyOf(invitations);
    }
}
