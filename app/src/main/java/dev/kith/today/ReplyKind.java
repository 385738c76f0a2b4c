package dev.kith.today;

import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code reply}: an inbound call, email or message of the last {@value Interaction#REPLY_DAYS} days still awaits my
 * answer, oldest first. Seed: "Return phone calls or emails". Older unanswered mail (a mailbox's years of history
 * on the first import) is not a reply to return today: it stays in {@code kith replies --all} ({@code kith replies}
 * shows the same days, by the same constant), and the person comes back through keeping in touch.
 */
public final class ReplyKind implements ActionKind {
    private final Interactions interactions;
    private final KithClock clock;

    public ReplyKind(Interactions interactions, KithClock clock) {
        this.interactions = interactions;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "reply";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Interaction i : s.awaitingReply()) {
            List<Snapshot.ContactFacts> people = i.people().stream().map(s::contact)
                    .filter(c -> c != null && c.reachable()).toList();
            if (people.isEmpty()) {
                continue;
            }
            long age = Words.days(i.date(), s.today());
            if (age > Interaction.REPLY_DAYS) {
                continue;
            }
            int strongest = people.stream().mapToInt(c -> c.strength()).max().orElse(0);
            actions.add(new Candidate(code() + ":" + i.id(), code(),
                    people.stream().map(Snapshot.ContactFacts::person).toList(),
                    Math.min(1.2, 0.7 + 0.05 * age), 0.6 + 0.4 * strongest / 100.0, i.id(),
                    () -> text(s, i, people, age)));
        }
        return actions;
    }

    private static Candidate.Text text(Snapshot s, Interaction i, List<Snapshot.ContactFacts> people, long age) {
        Snapshot.ContactFacts first = people.get(0);
        String names = dev.kith.core.Prose.and(people.stream().map(Snapshot.ContactFacts::name).toList());
        String verb = switch (i.kind()) {
            case CALL -> "called you";
            case MESSAGE -> "messaged you";
            default -> "emailed you";
        };
        String draft = draft(first.firstName(), i, age);
        return new Candidate.Text(names + " " + verb + " " + Words.ago(s.today(), i.date()) + Words.quote(i.summary())
                + " and " + (people.size() == 1 ? "is" : "are") + " still waiting for your reply", draft);
    }

    /**
     * The reply's opening, one sentence that {@link Words#fold} can run on with another draft to the
     * same person: thanks for the email (and its topic, when the note names one), an apology when it
     * waited more than two days; for a call, an apology and when to call back.
     */
    static String draft(String firstName, Interaction i, long age) {
        String opener = Words.replyOpener(firstName, i.kind().code(), i.summary(), age);
        return i.kind() == InteractionKind.CALL
                ? opener + (age > 2 ? ", and for being slow to get back to you" : "")
                + ". When is a good time to call you back?"
                : opener + ".";
    }

    /** Marks the awaited interaction replied and logs my answer, of the same kind (a call back for a call). */
    @Override
    public void complete(Action action, String note) {
        Interaction awaited = interactions.get(action.ref());
        interactions.markReplied(awaited.id());
        Completions.logMine(interactions, clock, action, awaited.kind(), "Replied", note, Exchange.NEUTRAL);
    }
}
