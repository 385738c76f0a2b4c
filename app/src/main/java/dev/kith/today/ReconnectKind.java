package dev.kith.today;

import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code reconnect}: someone I connected with more than {@value #LONG_AGO_DAYS} days ago (a first-met
 * date, such as LinkedIn's "Connected On") and have never been in touch with in Kith: what a fresh
 * import's first day offers. Older connections rank a little higher. Seed: "review your LinkedIn
 * contacts and pick three people"; "rekindle that old networking relationship with one small action".
 */
public final class ReconnectKind implements ActionKind {
    static final int LONG_AGO_DAYS = 365;

    private final Interactions interactions;
    private final KithClock clock;

    public ReconnectKind(Interactions interactions, KithClock clock) {
        this.interactions = interactions;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "reconnect";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Snapshot.ContactFacts c : s.contacts()) {
            if (!c.reachable() || c.lastContact() != null || c.firstMet() == null
                    || Words.days(c.firstMet(), s.today()) <= LONG_AGO_DAYS) {
                continue;
            }
            double years = Math.min(10, Words.days(c.firstMet(), s.today()) / 365.0);
            actions.add(new Candidate(code() + ":" + c.id(), code(), List.of(c.person()), 0.35,
                    0.5 + 0.05 * years, 0, () -> text(s, c)));
        }
        return actions;
    }

    private static Candidate.Text text(Snapshot s, Snapshot.ContactFacts c) {
        String reason = "You connected with " + c.name() + " in " + Words.month(c.firstMet()) + ", "
                + Words.span(c.firstMet(), s.today()) + " ago, and haven't been in touch since";
        String draft = "Hi " + c.firstName() + ", it's been a long time since we connected. How are things"
                + " going? I'd love to hear what you're working on these days.";
        return new Candidate.Text(reason, draft);
    }

    /** Logs the note as a message I sent today. */
    @Override
    public void complete(Action action, String note) {
        Completions.logMine(interactions, clock, action, InteractionKind.MESSAGE, "Reconnecting", note,
                Exchange.NEUTRAL);
    }
}
