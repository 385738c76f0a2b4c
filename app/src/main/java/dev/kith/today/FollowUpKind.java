package dev.kith.today;

import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code follow-up}: I met someone in person (a meeting, coffee, lunch or event encounter) yesterday
 * or up to a week ago and we have not been in touch since; due the next morning. A meeting that
 * calls for a thank-you (they gave me their time) is left to {@link ThankYouKind}. Seed: "take a few
 * minutes the next morning and send an email letting the person know it was a pleasure to meet them".
 */
public final class FollowUpKind implements ActionKind {
    static final int WINDOW_DAYS = 7;

    private final Interactions interactions;
    private final KithClock clock;

    public FollowUpKind(Interactions interactions, KithClock clock) {
        this.interactions = interactions;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "follow-up";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Snapshot.ContactFacts c : s.contacts()) {
            if (!c.reachable()) {
                continue;
            }
            List<Interaction> recent = s.recent(c.id());
            Interaction met = latestInWindow(s, recent, i -> i.kind().inPerson() && !ThankYouKind.givesTime(i)
                    && !s.routine(i.id()));
            if (met == null || touchedSince(recent, met, false)) {
                continue;
            }
            long days = Words.days(met.date(), s.today());
            actions.add(new Candidate(code() + ":" + c.id() + ":" + met.date(), code(), List.of(c.person()),
                    Math.max(0.4, 1.2 - 0.15 * (days - 1)), 0.7 + 0.3 * c.strength() / 100.0, met.id(),
                    () -> text(s, c, met)));
        }
        return actions;
    }

    private static Candidate.Text text(Snapshot s, Snapshot.ContactFacts c, Interaction met) {
        String when = Words.ago(s.today(), met.date());
        String reason = switch (met.kind()) {
            case LUNCH -> "You had lunch with " + c.name() + " " + when;
            case COFFEE -> "You had coffee with " + c.name() + " " + when;
            case EVENT_ENCOUNTER -> "You met " + c.name() + " at an event " + when;
            default -> "You met " + c.name() + " " + when;
        } + Words.quote(met.summary()) + " and haven't followed up";
        String draft = "Hi " + c.firstName() + ", it was a pleasure to "
                + (met.kind() == InteractionKind.LUNCH ? "have lunch with you "
                : met.kind() == InteractionKind.COFFEE ? "have coffee with you " : "meet you ")
                + Words.recently(s.today(), met.date())
                + ". Please reach out if I can ever help you in any way.";
        return new Candidate.Text(reason, draft);
    }

    /** Logs the note-to-say-it-was-a-pleasure as an email I sent today. */
    @Override
    public void complete(Action action, String note) {
        Completions.logMine(interactions, clock, action, InteractionKind.EMAIL, "Follow-up: a pleasure to meet you",
                note, Exchange.NEUTRAL);
    }

    /** The latest of {@code recent} from yesterday back to {@link #WINDOW_DAYS} days that matches, or null. */
    static Interaction latestInWindow(Snapshot s, List<Interaction> recent,
                                      java.util.function.Predicate<Interaction> matches) {
        Interaction found = null;
        for (Interaction i : recent) {
            long days = Words.days(i.date(), s.today());
            if (days >= 1 && days <= WINDOW_DAYS && matches.test(i)) {
                found = i;
            }
        }
        return found;
    }

    /** Whether another interaction came after {@code trigger} (later date, or same date and later id); only mine when {@code mineOnly}. */
    static boolean touchedSince(List<Interaction> recent, Interaction trigger, boolean mineOnly) {
        for (Interaction i : recent) {
            boolean later = i.date().isAfter(trigger.date()) || i.date().equals(trigger.date()) && i.id() > trigger.id();
            if (later && (!mineOnly || i.initiator() == Initiator.ME)) {
                return true;
            }
        }
        return false;
    }
}
