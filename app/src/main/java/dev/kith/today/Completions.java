package dev.kith.today;

import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;

/** What doing an action logs, shared by the kinds. */
final class Completions {
    private Completions() {
    }

    /** Logs today a {@code kind} interaction I started with the action's people; the note, else {@code summary}. */
    static Interaction logMine(Interactions interactions, KithClock clock, Action action, InteractionKind kind,
                               String summary, String note, Exchange exchange) {
        return interactions.log(Interaction.draft(clock.today(), kind, Initiator.ME, null,
                note == null || note.isBlank() ? summary : note.strip(), exchange, false,
                action.people().stream().map(Person::id).toList()));
    }
}
