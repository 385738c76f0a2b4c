package dev.kith.today;

import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rekindle}: a once-strong tie (strength of at least {@value #ONCE_STRONG} on the day of our
 * last contact) with no contact for more than a year. Seed: "never a better time than now to
 * rekindle that old networking relationship with one small action".
 */
public final class RekindleKind implements ActionKind {
    static final int ONCE_STRONG = 60;
    static final int DORMANT_DAYS = Snapshot.QUIET_DAYS;

    private final Interactions interactions;
    private final KithClock clock;

    public RekindleKind(Interactions interactions, KithClock clock) {
        this.interactions = interactions;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "rekindle";
    }

    /** Whether {@code c} was a strong tie and has been quiet for more than a year. */
    static boolean dormantStrongTie(Snapshot s, Snapshot.ContactFacts c) {
        return c.lastContact() != null && Words.days(c.lastContact(), s.today()) > DORMANT_DAYS
                && c.onceStrength().orElse(0) >= ONCE_STRONG;
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Snapshot.ContactFacts c : s.contacts()) {
            if (!c.reachable() || !dormantStrongTie(s, c)) {
                continue;
            }
            int once = c.onceStrength().getAsInt();
            actions.add(new Candidate(code() + ":" + c.id() + ":" + c.lastContact(), code(), List.of(c.person()),
                    0.4, once / 100.0, 0, () -> text(s, c, once)));
        }
        return actions;
    }

    private static Candidate.Text text(Snapshot s, Snapshot.ContactFacts c, int once) {
        String reason = "You and " + c.name() + " were close (tie strength " + once + " in "
                + Words.month(c.lastContact()) + ") but haven't been in touch for "
                + Words.span(c.lastContact(), s.today());
        String draft = "Hi " + c.firstName() + ", it's been too long — we last caught up in "
                + Words.month(c.lastContact()) + ". How have you been? I'd love to hear what you're up to.";
        return new Candidate.Text(reason, draft);
    }

    /** Logs the note as a message I sent today. */
    @Override
    public void complete(Action action, String note) {
        Completions.logMine(interactions, clock, action, InteractionKind.MESSAGE, "Rekindling", note,
                Exchange.NEUTRAL);
    }
}
