package dev.kith.events;

import dev.kith.core.KithClock;
import dev.kith.core.Prose;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.today.Action;
import dev.kith.today.ActionKind;
import dev.kith.today.Candidate;
import dev.kith.today.Person;
import dev.kith.today.Snapshot;
import dev.kith.today.SnapshotPart;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code event-catch-up}: from {@value Events#PREP_DAYS} days before an event starts until its first
 * day, propose catching up with each person met at an earlier edition of its series, and inviting
 * first-timers and people attending alone to my group dinner. Seeds: "if you met someone at a conference
 * you attend each year, see if you can catch up again at the next conference"; "find someone attending
 * on their own and invite them to your group dinner". Closer to the event is more urgent.
 */
public final class EventCatchUpKind implements ActionKind {
    private final Events events;
    private final Interactions interactions;
    private final KithClock clock;
    /** The preparation of every event starting within the window, soonest first. */
    private final SnapshotPart<List<Prep>> upcoming = this::preps;

    public EventCatchUpKind(Events events, Interactions interactions, KithClock clock) {
        this.events = events;
        this.interactions = interactions;
        this.clock = clock;
    }

    private List<Prep> preps(LocalDate today) {
        return events.between(today, today.plusDays(Events.PREP_DAYS)).stream()
                .filter(e -> !e.start().isBefore(today))
                .map(events::prep)
                .toList();
    }

    @Override
    public String code() {
        return "event-catch-up";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Prep prep : s.part(upcoming)) {
            Event event = prep.event();
            long days = ChronoUnit.DAYS.between(s.today(), event.start());
            double urgency = 0.6 + 0.4 * (1.0 - days / (double) Events.PREP_DAYS);
            String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
            for (CatchUp c : prep.catchUps()) {
                Snapshot.ContactFacts facts = s.contact(c.contactId());
                if (facts == null || !facts.reachable()) {
                    continue;
                }
                actions.add(new Candidate(id(event, c.contactId()), code(), List.of(facts.person()), urgency,
                        0.8 + 0.3 * facts.strength() / 100.0, event.id(), () -> new Candidate.Text(
                        c.reason() + " (" + event.name() + " starts " + when + ", "
                                + Prose.date(event.start(), s.today()) + ")", catchUp(facts.firstName(), event, c,
                        s.today()))));
            }
            for (Invitation i : prep.invitations()) {
                Snapshot.ContactFacts facts = s.contact(i.contactId());
                if (facts == null || !facts.reachable()) {
                    continue;
                }
                actions.add(new Candidate(id(event, i.contactId()), code(), List.of(facts.person()), urgency,
                        0.7 + 0.3 * facts.strength() / 100.0, event.id(), () -> new Candidate.Text(
                        i.reason() + " (starts " + when + ", " + Prose.date(event.start(), s.today()) + "): "
                                + (Prose.online(event.location()) ? "say hello and offer a call afterwards"
                                : "invite them to your group dinner"),
                        i.draft())));
            }
        }
        return actions;
    }

    /**
     * The note to someone met at an earlier edition: are they going, when (and online or where), and
     * coffee there, or a call afterwards when the event is online.
     */
    static String catchUp(String first, Event event, CatchUp c, LocalDate today) {
        boolean online = Prose.online(event.location());
        return "Hi " + first + ", are you " + (online ? "joining " : "going to ") + Prose.event(event.name())
                + (online ? " online " : " ") + Prose.ahead(event.start(), today) + "? It was great meeting you at "
                + Prose.event(c.event()) + " — "
                + (online ? "I'd love to catch up again; shall we have a short call afterwards to compare notes?"
                : "I'd love to catch up again there. Coffee on the first morning?");
    }

    /**
     * {@code event-catch-up:CONTACT:START}: the contact first and the event's start date, not its id,
     * so that a backup restores the id (contacts are remapped by key, dates are kept).
     */
    private String id(Event event, long contactId) {
        return code() + ":" + contactId + ":" + event.start();
    }

    /** Logs the note as an email I sent today about the event. */
    @Override
    public void complete(Action action, String note) {
        Event event = events.get(action.ref());
        LocalDate today = clock.today();
        interactions.log(Interaction.draft(today, InteractionKind.EMAIL, Initiator.ME, null,
                note == null || note.isBlank() ? "Before " + event.name() + ": let's meet there" : note.strip(),
                Exchange.NEUTRAL, false, action.people().stream().map(Person::id).toList()));
    }
}
