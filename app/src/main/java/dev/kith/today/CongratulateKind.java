package dev.kith.today;

import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.milestones.Milestone;
import dev.kith.milestones.Milestones;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code congratulate}: a milestone of the last 14 days not yet acknowledged, with a note that fits
 * it: congratulations for a job, "how did your talk go?" for a talk. Seed: "pick three people who
 * got a new job, a promotion, an award … send them a short note".
 */
public final class CongratulateKind implements ActionKind {
    private final Milestones milestones;
    private final Interactions interactions;
    private final KithClock clock;

    public CongratulateKind(Milestones milestones, Interactions interactions, KithClock clock) {
        this.milestones = milestones;
        this.interactions = interactions;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "congratulate";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Milestone m : s.unacknowledgedMilestones()) {
            Snapshot.ContactFacts c = s.contact(m.contactId());
            if (c == null || !c.reachable()) {
                continue;
            }
            long age = Words.days(m.date(), s.today());
            actions.add(new Candidate(code() + ":" + m.id(), code(), List.of(c.person()),
                    Math.max(0.3, 0.9 - 0.03 * age), 0.5 + 0.5 * c.strength() / 100.0, m.id(),
                    () -> text(s, c, m)));
        }
        return actions;
    }

    private static Candidate.Text text(Snapshot s, Snapshot.ContactFacts c, Milestone m) {
        String text = m.text() == null || m.text().isBlank() ? null : m.text().strip();
        String reason = c.name() + " " + happened(m) + " " + Words.ago(s.today(), m.date()) + Words.quote(text)
                + " and you haven't said anything yet";
        return new Candidate.Text(reason, "Hi " + c.firstName() + ", " + note(m, text));
    }

    private static String happened(Milestone m) {
        String what = switch (m.kind()) {
            case NEW_JOB -> "started a new job";
            case PROMOTION -> "was promoted";
            case AWARD -> "received an award";
            case TALK_GIVEN -> "gave a talk";
            case PUBLICATION -> "published something new";
            case ATTENDING_EVENT -> "shared they are attending an event";
            case MOVED -> "moved";
            case OTHER -> "shared some news";
        };
        return what;
    }

    /** The note: written around the kind of news, never pasting the user's free text into a sentence. */
    private static String note(Milestone m, String text) {
        return switch (m.kind()) {
            case NEW_JOB -> "congratulations on the new job! I hope the first weeks are going well.";
            case PROMOTION -> "congratulations on your promotion — well deserved!";
            case AWARD -> "congratulations on the award — well deserved!";
            case TALK_GIVEN -> "how did your talk go? I'd love to hear how it was received.";
            case PUBLICATION -> "congratulations on your new publication! I look forward to reading it.";
            case ATTENDING_EVENT -> upcoming(text)
                    ? "I saw you're going to the event — enjoy it! I'd love to hear what you learn there."
                    : "how was the event? I'd love to hear what you learned.";
            case MOVED -> "I hope the move went well and you're settling in!";
            case OTHER -> "I saw your news — congratulations!";
        };
    }

    /** Whether an attending-event note speaks of an event still ahead ("next month", "will attend"). */
    static boolean upcoming(String text) {
        return text != null && FUTURE.matcher(text).find();
    }

    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile(
            "(?i)\\b(next|upcoming|will|going to|heading|attending|soon|this coming)\\b");

    /** Acknowledges the milestone and logs the note as a message I sent today. */
    @Override
    public void complete(Action action, String note) {
        milestones.acknowledge(action.ref());
        Completions.logMine(interactions, clock, action, InteractionKind.MESSAGE, "Congratulations", note,
                Exchange.NEUTRAL);
    }
}
