package dev.kith.today;

import dev.kith.core.KithClock;
import dev.kith.goals.GoalRelevance;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code keep-in-touch}: a contact past their cadence (their own, else their circle's: inner 14 days,
 * close 30, network 90, acquaintance 180), counted from the last interaction of any kind, or from the
 * day they were added when there is none. Dormant strong ties go to {@link RekindleKind} instead.
 */
public final class KeepInTouchKind implements ActionKind {
    private final Interactions interactions;
    private final KithClock clock;
    private final SnapshotPart<GoalRelevance> relevance;

    public KeepInTouchKind(Interactions interactions, KithClock clock, SnapshotPart<GoalRelevance> relevance) {
        this.interactions = interactions;
        this.clock = clock;
        this.relevance = relevance;
    }

    @Override
    public String code() {
        return "keep-in-touch";
    }

    /** The day contact {@code c}'s keep-in-touch clock runs out. */
    static LocalDate due(Snapshot.ContactFacts c) {
        return Due.dueOn(c.lastContact(), c.createdOn(), c.cadenceDays());
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        GoalRelevance goals = s.part(relevance);
        for (Snapshot.ContactFacts c : s.contacts()) {
            LocalDate due = due(c);
            if (!c.reachable() || !Due.isDue(due, s.today()) || RekindleKind.dormantStrongTie(s, c)) {
                continue;
            }
            long overdue = Words.days(due, s.today());
            double circle = switch (c.circle()) {
                case INNER -> 0.2;
                case CLOSE -> 0.1;
                default -> 0.0;
            };
            actions.add(new Candidate(code() + ":" + c.id() + ":" + due, code(), List.of(c.person()),
                    Math.min(1.0, 0.3 + 0.7 * overdue / c.cadenceDays()),
                    goals.boost(c.id(), 0.3 + circle + 0.7 * c.strength() / 100.0), 0,
                    () -> text(s, c, overdue, goals.because(c.id()))));
        }
        return actions;
    }

    private static Candidate.Text text(Snapshot s, Snapshot.ContactFacts c, long overdue, String goal) {
        String reason = (c.lastContact() == null
                ? "You haven't been in touch with " + c.name() + " since adding them " + Words.days(c.createdOn(),
                s.today()) + " days ago"
                : "Your last contact with " + c.name() + " was " + Words.days(c.lastContact(), s.today())
                + " days ago")
                + "; you keep in touch every " + c.cadenceDays() + " days (" + c.circle().code() + " circle), so "
                + (overdue == 1 ? "1 day" : overdue + " days") + " overdue" + goal;
        String draft = "Hi " + c.firstName() + ", " + (c.lastContact() == null
                ? "I've been meaning to get in touch"
                : "it's been a while since we last spoke" + (Words.days(c.lastContact(), s.today()) > 45
                ? " (" + dev.kith.core.Prose.ago(c.lastContact(), s.today()).replaceFirst("^on ", "back on ")
                .replaceFirst("^in ", "back in ") + ")" : ""))
                + " — how are things going? I'd love to hear what you're working on these days.";
        return new Candidate.Text(reason, draft);
    }

    /** Logs the check-in as an email I sent today, which resets the clock. */
    @Override
    public void complete(Action action, String note) {
        Completions.logMine(interactions, clock, action, InteractionKind.EMAIL, "Keeping in touch", note,
                Exchange.NEUTRAL);
    }
}
