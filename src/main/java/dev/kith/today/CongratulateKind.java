package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code congratulate}: a milestone of the last 14 days not yet acknowledged, with a note that fits
 * it: congratulations for a job, "how did your talk go?" for a talk. Seed: "pick three people who
 * got a new job, a promotion, an award … send them a short note".
 */
final class CongratulateKind implements ActionKind {
    @Override
    public String code() {
        return "congratulate";
    }

    @Override
    public List<Action> propose(Snapshot s) {
        List<Action> actions = new ArrayList<>();
        for (Milestone m : s.unacknowledgedMilestones()) {
            Snapshot.ContactFacts c = s.contact(m.contactId());
            if (c == null || !c.reachable()) {
                continue;
            }
            long age = Words.days(m.date(), s.today());
            String text = m.text() == null || m.text().isBlank() ? null : m.text().strip();
            String reason = c.name() + " " + happened(m, text) + " " + Words.ago(s.today(), m.date())
                    + " and you haven't said anything yet";
            actions.add(new Action(code() + ":" + m.id(), code(), List.of(c.person()), reason,
                    "Hi " + c.firstName() + ", " + note(m, text), Math.max(0.3, 0.9 - 0.03 * age),
                    0.5 + 0.5 * c.strength().total() / 100.0, m.id()));
        }
        return actions;
    }

    private static String happened(Milestone m, String text) {
        String what = switch (m.kind()) {
            case NEW_JOB -> "started a new job";
            case PROMOTION -> "was promoted";
            case AWARD -> "received an award";
            case TALK_GIVEN -> "gave a talk";
            case PUBLICATION -> "published something new";
            case ATTENDING_EVENT -> "attended an event";
            case MOVED -> "moved";
            case OTHER -> "shared some news";
        };
        return what + Words.paren(text);
    }

    private static String note(Milestone m, String text) {
        return switch (m.kind()) {
            case NEW_JOB -> "congratulations on your new job" + (text == null ? "" : " (" + text + ")")
                    + "! I hope the first weeks are going well.";
            case PROMOTION -> "congratulations on your promotion" + (text == null ? "" : " to " + text)
                    + " — well deserved!";
            case AWARD -> "congratulations on " + (text == null ? "your award" : text) + " — well deserved!";
            case TALK_GIVEN -> "how did your talk" + (text == null ? "" : " on " + text)
                    + " go? I'd love to hear how it was received.";
            case PUBLICATION -> "congratulations on your publication" + (text == null ? "" : ", " + text)
                    + "! I look forward to reading it.";
            case ATTENDING_EVENT -> "how was " + (text == null ? "the event" : text)
                    + "? I'd love to hear what you learned.";
            case MOVED -> "I hope the move" + (text == null ? "" : " to " + text) + " went well!";
            case OTHER -> "I saw your news" + (text == null ? "" : ": " + text) + " — congratulations!";
        };
    }

    /** Acknowledges the milestone and logs the note as a message I sent today. */
    @Override
    public void complete(Book book, Action action, String note) {
        book.milestones().acknowledge(action.ref());
        Completions.logMine(book, action, InteractionKind.MESSAGE, "Congratulations", note, Exchange.NEUTRAL);
    }
}
