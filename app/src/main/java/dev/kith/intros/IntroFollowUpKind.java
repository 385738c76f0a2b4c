package dev.kith.intros;

import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.today.Action;
import dev.kith.today.ActionKind;
import dev.kith.today.Candidate;
import dev.kith.today.Snapshot;
import dev.kith.today.SnapshotPart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code intro-follow-up}: an open introduction untouched for {@value Intros#STALLED_DAYS} days or
 * more: nudge the person being asked, or ask both how it went once made.
 */
public final class IntroFollowUpKind implements ActionKind {
    private final Intros intros;
    private final Interactions interactions;
    private final KithClock clock;
    /** The open introductions stalled on the snapshot's day, oldest first. */
    private final SnapshotPart<List<Intro>> stalled = this::stalledOn;

    public IntroFollowUpKind(Intros intros, Interactions interactions, KithClock clock) {
        this.intros = intros;
        this.interactions = interactions;
        this.clock = clock;
    }

    private List<Intro> stalledOn(LocalDate today) {
        return intros.open().stream().filter(i -> Intros.stalled(i, today)).toList();
    }

    @Override
    public String code() {
        return "intro-follow-up";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> out = new ArrayList<>();
        for (Intro i : s.part(stalled)) {
            long who = i.state() == IntroState.ASKING_B ? i.bId() : i.aId();
            List<Snapshot.ContactFacts> people = new ArrayList<>();
            people.add(s.contact(who));
            if (i.state() == IntroState.MADE) {
                people.add(s.contact(i.bId()));
            }
            if (people.stream().anyMatch(c -> c == null || !c.reachable())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(i.updatedOn(), s.today());
            out.add(new Candidate(code() + ":" + i.id() + ":" + i.updatedOn(), code(),
                    people.stream().map(Snapshot.ContactFacts::person).toList(), Math.min(0.9, 0.5 + 0.02 * days), 0.6,
                    i.id(), () -> new Candidate.Text(dev.kith.core.Prose.capitalized(i.waiting()) + " for "
                            + dev.kith.core.Prose.days(days), Drafts.followUp(i))));
        }
        return out;
    }

    /** Logs the nudge as a message I sent today (the introduction's state is moved with {@code kith intro advance}). */
    @Override
    public void complete(Action action, String note) {
        interactions.log(Interaction.draft(clock.today(), InteractionKind.MESSAGE, Initiator.ME, null,
                note == null || note.isBlank() ? "Followed up on introduction #" + action.ref() : note.strip(),
                Exchange.NEUTRAL, false, action.people().stream().map(p -> p.id()).toList()));
    }
}
