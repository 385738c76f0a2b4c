package dev.kith.events;

import java.time.LocalDate;

/**
 * Someone I met at an event: when ({@code metOn}, the encounter's interaction), and whether a follow-up
 * went out, that is whether I started any interaction with them after the encounter ({@code followedUpOn}
 * is its date, null when none).
 */
public record Encounter(long contactId, String name, LocalDate metOn, long interactionId, String note,
                        boolean followedUp, LocalDate followedUpOn) {
}
