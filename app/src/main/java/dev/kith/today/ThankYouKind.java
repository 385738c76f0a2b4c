package dev.kith.today;

import dev.kith.contacts.Contacts;
import dev.kith.core.KithClock;
import dev.kith.core.Prose;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code thank-you}: in the last week someone gave me their time or help (an in-person meeting they
 * started, or anything where I asked for help) and I have not reached out since. Seed: "Send thank
 * you notes … Acknowledge that someone gave you their time."
 */
public final class ThankYouKind implements ActionKind {
    private final Interactions interactions;
    private final Contacts contacts;
    private final KithClock clock;

    /** Drafts without knowing who the person is. */
    public ThankYouKind(Interactions interactions, KithClock clock) {
        this(interactions, null, clock);
    }

    /** Drafts that fit who the person is: their title and how well we know each other ({@code contacts} may be null). */
    public ThankYouKind(Interactions interactions, Contacts contacts, KithClock clock) {
        this.interactions = interactions;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "thank-you";
    }

    /**
     * Whether {@code i} is someone giving me their time or help: a meeting they started, or anything
     * where I asked for help (a call, a meeting) but a written request I sent myself (an email or message
     * asking an introduction), which nobody has answered yet.
     */
    static boolean givesTime(Interaction i) {
        boolean theirMeeting = i.kind().inPerson() && i.kind() != InteractionKind.EVENT_ENCOUNTER
                && i.initiator() == Initiator.THEM;
        boolean myRequest = i.initiator() == Initiator.ME
                && (i.kind() == InteractionKind.EMAIL || i.kind() == InteractionKind.MESSAGE);
        return theirMeeting || i.exchange() == Exchange.ASKED && !myRequest;
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Snapshot.ContactFacts c : s.contacts()) {
            if (!c.reachable()) {
                continue;
            }
            List<Interaction> recent = s.recent(c.id());
            Interaction gift = FollowUpKind.latestInWindow(s, recent, i -> givesTime(i) && !s.routine(i.id()));
            if (gift == null || FollowUpKind.touchedSince(recent, gift, true)) {
                continue;
            }
            long days = Words.days(gift.date(), s.today());
            actions.add(new Candidate(code() + ":" + c.id() + ":" + gift.date(), code(), List.of(c.person()),
                    Math.max(0.4, 0.95 - 0.1 * (days - 1)), 0.7 + 0.3 * c.strength() / 100.0,
                    gift.id(), () -> text(s, c, gift, Acquaintance.of(contacts, interactions, s, c, gift))));
        }
        return actions;
    }

    static Candidate.Text text(Snapshot s, Snapshot.ContactFacts c, Interaction gift, Acquaintance who) {
        String what = gift.exchange() == Exchange.ASKED ? "helped you" : "gave you their time";
        String reason = c.name() + " " + what + " " + Words.ago(s.today(), gift.date()) + " ("
                + kindWords(gift.kind()) + ")" + Words.quote(gift.summary()) + " and you haven't thanked them";
        return new Candidate.Text(reason, draft(s, c, gift, who));
    }

    /**
     * The note: thanks for their help (with what, when the note names it) or for their time; a favour
     * to return only for help I asked for.
     */
    static String draft(Snapshot s, Snapshot.ContactFacts c, Interaction gift, Acquaintance who) {
        String day = Words.recently(s.today(), gift.date());
        String topic = Prose.topic(gift.summary());
        String hi = "Hi " + c.firstName() + ", ";
        if (gift.exchange() == Exchange.ASKED) {
            return hi + "thank you for your help " + day + (topic == null ? "" : " — it was really useful to talk"
                    + " through " + topic) + ". I really appreciate it, and I'd be glad to return the favour.";
        }
        String meeting = switch (gift.kind()) {
            case LUNCH -> "lunch";
            case COFFEE -> "coffee";
            case CALL -> "the call";
            default -> who.known() ? "our meeting" : "meeting me";
        };
        String lead = gift.kind() == InteractionKind.LUNCH || gift.kind() == InteractionKind.COFFEE
                ? "thank you for " + meeting + " " + day : "thank you for taking the time for " + meeting + " " + day;
        if (gift.kind() == InteractionKind.MEETING && !who.known()) {
            lead = "thank you for taking the time to meet me " + day;
        }
        return hi + lead + (topic == null ? "" : " — it was really helpful to talk about " + topic) + "."
                + (who.senior() ? " I'll follow up on what we discussed." : " I really appreciate it.");
    }

    private static String kindWords(InteractionKind kind) {
        return switch (kind) {
            case EVENT_ENCOUNTER -> "at an event";
            case MEETING -> "a meeting";
            default -> "a " + kind.code();
        };
    }

    /** Logs the thank-you note as an email I sent today. */
    @Override
    public void complete(Action action, String note) {
        Completions.logMine(interactions, clock, action, InteractionKind.EMAIL, "Thank-you note", note,
                Exchange.NEUTRAL);
    }
}
