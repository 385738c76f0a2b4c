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
 * {@code follow-up}: I met someone in person (a meeting, coffee, lunch or event encounter) yesterday
 * or up to a week ago and we have not been in touch since; due the next morning. A meeting that
 * calls for a thank-you (they gave me their time) is left to {@link ThankYouKind}. Seed: "take a few
 * minutes the next morning and send an email letting the person know it was a pleasure to meet them".
 * A new connection counts too: someone whose first-met date (LinkedIn's "Connected On", or the date given
 * when adding them) is in that window, with nothing logged with them since: "follow up with every
 * connection you make".
 */
public final class FollowUpKind implements ActionKind {
    static final int WINDOW_DAYS = 7;

    private final Interactions interactions;
    private final Contacts contacts;
    private final KithClock clock;

    /** Drafts without knowing who the person is: every meeting reads as a first one. */
    public FollowUpKind(Interactions interactions, KithClock clock) {
        this(interactions, null, clock);
    }

    /** Drafts that fit who the person is: their title, and whether we knew each other before ({@code contacts} may be null). */
    public FollowUpKind(Interactions interactions, Contacts contacts, KithClock clock) {
        this.interactions = interactions;
        this.contacts = contacts;
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
            if (met == null) {
                if (newConnection(s, c)) {
                    long days = Words.days(c.firstMet(), s.today());
                    actions.add(new Candidate(code() + ":" + c.id() + ":" + c.firstMet(), code(), List.of(c.person()),
                            Math.max(0.35, 1.0 - 0.15 * (days - 1)), 0.6 + 0.3 * c.strength() / 100.0, 0,
                            () -> connectedText(s, c, contacts)));
                }
                continue;
            }
            if (touchedSince(recent, met, false)) {
                continue;
            }
            long days = Words.days(met.date(), s.today());
            actions.add(new Candidate(code() + ":" + c.id() + ":" + met.date(), code(), List.of(c.person()),
                    Math.max(0.4, 1.2 - 0.15 * (days - 1)), 0.7 + 0.3 * c.strength() / 100.0, met.id(),
                    () -> text(s, c, met, Acquaintance.of(contacts, interactions, s, c, met))));
        }
        return actions;
    }

    static Candidate.Text text(Snapshot s, Snapshot.ContactFacts c, Interaction met, Acquaintance who) {
        String when = Words.ago(s.today(), met.date());
        String reason = switch (met.kind()) {
            case LUNCH -> "You had lunch with " + c.name() + " " + when;
            case COFFEE -> "You had coffee with " + c.name() + " " + when;
            case EVENT_ENCOUNTER -> "You met " + c.name() + " at an event " + when;
            default -> "You met " + c.name() + " " + when;
        } + Words.quote(met.summary()) + " and haven't followed up";
        return new Candidate.Text(reason, draft(s, c, met, who));
    }

    /**
     * Whether {@code c} is a new connection to follow up: first met (connected) yesterday or up to
     * {@value #WINDOW_DAYS} days ago, and nothing logged with them since that day.
     */
    static boolean newConnection(Snapshot s, Snapshot.ContactFacts c) {
        if (c.firstMet() == null) {
            return false;
        }
        long days = Words.days(c.firstMet(), s.today());
        return days >= 1 && days <= WINDOW_DAYS && (c.lastContact() == null || c.lastContact().isBefore(c.firstMet()));
    }

    /**
     * "You connected with Ana Lima on LinkedIn yesterday and haven't written since", and a note that thanks
     * them for connecting and asks about their work (at their organization, when {@code contacts} knows it).
     */
    static Candidate.Text connectedText(Snapshot s, Snapshot.ContactFacts c, Contacts contacts) {
        String when = Words.ago(s.today(), c.firstMet());
        boolean linkedIn = c.origin() == dev.kith.contacts.Origin.LINKEDIN;
        String reason = linkedIn ? "You connected with " + c.name() + " on LinkedIn " + when + " and haven't written since"
                : "You met " + c.name() + " " + when + " and haven't followed up";
        String org = contacts == null ? null : contacts.find(c.id()).flatMap(dev.kith.contacts.Contact::currentJob)
                .map(dev.kith.contacts.Employment::organization).filter(o -> !o.isBlank()).map(String::strip).orElse(null);
        String work = org == null ? "what you're working on these days" : "your work at " + org;
        String draft = "Hi " + c.firstName() + ", " + (linkedIn ? "thanks for connecting! " : "it was a pleasure to meet you "
                + Words.recently(s.today(), c.firstMet()) + ". ") + "I'd love to hear more about " + work
                + " — would you be up for a short call or a coffee in the next few weeks?";
        return new Candidate.Text(reason, draft);
    }

    /**
     * The note: a first meeting is "a pleasure to meet you"; someone I knew before is thanked for the
     * meeting, with more formality for a senior title (a dean after a one-to-one); the meeting's own
     * note gives its topic when it names one.
     */
    static String draft(Snapshot s, Snapshot.ContactFacts c, Interaction met, Acquaintance who) {
        String day = Words.recently(s.today(), met.date());
        String topic = Prose.topic(met.summary());
        String hi = "Hi " + c.firstName() + ", ";
        if (!who.known()) {
            String where = switch (met.kind()) {
                case LUNCH -> "meet you over lunch ";
                case COFFEE -> "meet you for coffee ";
                case EVENT_ENCOUNTER -> "meet you at the event ";
                default -> "meet you ";
            };
            return hi + "it was a pleasure to " + where + day
                    + (topic == null ? "." : " — I enjoyed our conversation about " + topic + ".")
                    + " I'd be glad to stay in touch, and please reach out if I can ever help in any way.";
        }
        String about = topic == null ? "" : " about " + topic;
        return switch (met.kind()) {
            case LUNCH -> hi + "thanks for lunch " + day + " — " + (who.before() >= 5 ? "it's always good to catch up"
                    : "it was great to catch up") + (topic == null ? "" : " on " + topic) + ". Let's not leave it too"
                    + " long until the next one.";
            case COFFEE -> hi + "thanks for the coffee " + day + " — it was good to compare notes"
                    + (topic == null ? "" : " on " + topic) + ". Let me know if I can help with anything.";
            case EVENT_ENCOUNTER -> hi + "it was good to run into you " + day
                    + (topic == null ? "" : " and talk about " + topic)
                    + ". Let's find time to catch up properly soon.";
            default -> who.senior()
                    ? hi + "thank you for making the time to meet " + day + about + ". I'll follow up on what we"
                    + " discussed, and please let me know if there is anything I can do in the meantime."
                    : hi + "thanks for the meeting " + day + about + ". Let me know if there's anything I can help"
                    + " with as you take it forward.";
        };
    }

    /** Logs the note-to-say-it-was-a-pleasure (or thanks for connecting) as an email I sent today. */
    @Override
    public void complete(Action action, String note) {
        // a new connection's follow-up has no meeting behind it (ref 0)
        Completions.logMine(interactions, clock, action, InteractionKind.EMAIL,
                action.ref() == 0 ? "Followed up on a new connection" : "Followed up after meeting", note, Exchange.NEUTRAL);
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
