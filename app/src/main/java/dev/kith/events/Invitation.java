package dev.kith.events;

import dev.kith.core.Prose;
import java.time.LocalDate;

/**
 * A first-timer or someone attending alone, with a draft invitation: to my group dinner at an
 * in-person event, to say hello and talk afterwards at an online one.
 */
public record Invitation(long contactId, String name, boolean firstTimer, boolean alone, String reason, String draft) {
    static Invitation of(Event event, Attendee a, LocalDate today) {
        String why = a.firstTimer() && a.alone() ? "is attending " + event.name() + " for the first time, on their own"
                : a.firstTimer() ? "is attending " + event.name() + " for the first time"
                : "is attending " + event.name() + " on their own";
        String first = a.name().strip().split("\\s+")[0];
        String name = Prose.event(event.name());
        String when = Prose.ahead(event.start(), today);
        String draft;
        if (Prose.online(event.location())) {
            draft = "Hi " + first + ", I saw you're joining " + name + " online " + when
                    + (a.firstTimer() ? " — your first one? " : ". ")
                    + "I'll be there too, so do say hello in the chat; and if you'd like, we could have a short call"
                    + " afterwards to compare notes.";
        } else {
            draft = "Hi " + first + ", I saw you're going to " + name + " " + when
                    + (a.firstTimer() ? " — your first one? " : ". ")
                    + "A few of us are getting together for dinner " + (event.end().isAfter(event.start())
                    ? "on the first evening" : "that evening")
                    + "; would you like to join us? It's a relaxed way to meet people.";
        }
        return new Invitation(a.contactId(), a.name(), a.firstTimer(), a.alone(), a.name() + " " + why, draft);
    }
}
