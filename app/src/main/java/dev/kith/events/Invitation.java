package dev.kith.events;

/** A first-timer or someone attending alone, with a draft invitation to my group dinner. */
public record Invitation(long contactId, String name, boolean firstTimer, boolean alone, String reason, String draft) {
    static Invitation of(Event event, Attendee a) {
        String why = a.firstTimer() && a.alone() ? "is attending " + event.name() + " for the first time, on their own"
                : a.firstTimer() ? "is attending " + event.name() + " for the first time"
                : "is attending " + event.name() + " on their own";
        String first = a.name().strip().split("\\s+")[0];
        String draft = "Hi " + first + ", I saw you're going to " + event.name()
                + (a.firstTimer() ? " — your first one? " : ". ")
                + "A few of us are getting together for dinner on " + event.start()
                + "; would you like to join us? It's a relaxed way to meet people before the sessions.";
        return new Invitation(a.contactId(), a.name(), a.firstTimer(), a.alone(), a.name() + " " + why, draft);
    }
}
