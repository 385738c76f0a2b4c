package dev.kith.today;

import dev.kith.contacts.Origin;
import dev.kith.core.KithClock;
import dev.kith.embeddings.CommonGround;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code reconnect}: someone I connected with more than {@value #LONG_AGO_DAYS} days ago (a first-met
 * date, such as LinkedIn's "Connected On") and have never been in touch with in Kith: what a fresh
 * import's first day offers. Those who share something with me ({@link Affinity}: the same organization,
 * field or city, an interest close in meaning) rank well above those who share nothing, and the reason and
 * the draft name what is shared; among equals, older connections rank a little higher. Someone an import
 * brought in without a date (an address book: a vCard file, a Google or Outlook CSV, a phone-book sync;
 * see {@link Snapshot.ContactFacts#origin}) was known before, since when is unknown: proposed only when
 * sharing something with me, below a dated connection sharing as much, and worded without a word about
 * when we met. Someone added in Kith by hand, with no date, is never proposed: Kith cannot tell that we
 * ever met. Seed: "review your LinkedIn contacts and pick three people"; "rekindle that old networking
 * relationship with one small action".
 */
public final class ReconnectKind implements ActionKind {
    static final int LONG_AGO_DAYS = 365;

    private final Interactions interactions;
    private final KithClock clock;
    private final SnapshotPart<Affinity> affinity;

    /** Reconnections that rank by the time since connecting only (no "me" to compare with). */
    public ReconnectKind(Interactions interactions, KithClock clock) {
        this(interactions, clock, s -> Affinity.NONE);
    }

    /** Reconnections ranked and worded by what each person shares with me in {@code book}. */
    public ReconnectKind(Interactions interactions, KithClock clock, dev.kith.book.Book book) {
        this(interactions, clock, Affinity.part(book));
    }

    ReconnectKind(Interactions interactions, KithClock clock, SnapshotPart<Affinity> affinity) {
        this.interactions = interactions;
        this.clock = clock;
        this.affinity = affinity;
    }

    /** The part this kind ranks by, to share with {@link ChooseCircleKind} (one load per snapshot). */
    SnapshotPart<Affinity> affinity() {
        return affinity;
    }

    @Override
    public String code() {
        return "reconnect";
    }

    /** Whether {@code c} is someone to reconnect with: reachable, connected long ago, never in touch since. */
    static boolean longAgo(Snapshot s, Snapshot.ContactFacts c) {
        return c.reachable() && c.lastContact() == null && c.firstMet() != null
                && Words.days(c.firstMet(), s.today()) > LONG_AGO_DAYS;
    }

    /**
     * Whether {@code c} is someone an import brought in (see {@link Snapshot.ContactFacts#origin}) without a
     * first-met date, reachable and never in touch in Kith: known before, since when unknown.
     */
    static boolean undated(Snapshot.ContactFacts c) {
        return c.reachable() && c.lastContact() == null && c.firstMet() == null && c.origin() != null;
    }

    /** Whether {@code c} may be proposed: {@link #longAgo}, or {@link #undated} (then only when sharing something). */
    static boolean toReconnect(Snapshot s, Snapshot.ContactFacts c) {
        return longAgo(s, c) || undated(c);
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Snapshot.ContactFacts> due = new ArrayList<>();
        for (Snapshot.ContactFacts c : s.contacts()) {
            if (toReconnect(s, c)) {
                due.add(c);
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        Affinity shared = s.part(affinity);
        List<Candidate> actions = new ArrayList<>(due.size());
        for (Snapshot.ContactFacts c : due) {
            Affinity.Shared sh = shared.of(c.id());
            if (c.firstMet() == null) {
                if (sh.any()) { // nothing dated, nothing shared: no honest reason to write
                    actions.add(new Candidate(code() + ":" + c.id(), code(), List.of(c.person()), 0.35,
                            0.49 + 0.9 * sh.score(), 0, () -> text(s, c, sh)));
                }
                continue;
            }
            double years = Math.min(10, Words.days(c.firstMet(), s.today()) / 365.0);
            actions.add(new Candidate(code() + ":" + c.id(), code(), List.of(c.person()), 0.35,
                    0.5 + 0.02 * years + 0.9 * sh.score(), 0, () -> text(s, c, sh)));
        }
        return actions;
    }

    static Candidate.Text text(Snapshot s, Snapshot.ContactFacts c, Affinity.Shared sh) {
        if (c.firstMet() == null) { // what is shared, and where they came from: not when we met, unknown
            String from = c.origin() == Origin.LINKEDIN ? "one of your LinkedIn connections" : "in your address book";
            return new Candidate.Text("You and " + c.name() + " " + join(facts(sh, c.firstName())) + "; "
                    + c.firstName() + " is " + from + ", with nothing logged in Kith yet", draft(c, sh));
        }
        String when = "you connected in " + Words.month(c.firstMet()) + ", " + Words.span(c.firstMet(), s.today())
                + " ago, and haven't been in touch since";
        List<String> facts = facts(sh, c.firstName());
        String reason = facts.isEmpty()
                ? "You connected with " + c.name() + " in " + Words.month(c.firstMet()) + ", "
                + Words.span(c.firstMet(), s.today()) + " ago, and haven't been in touch since"
                : "You and " + c.name() + " " + join(facts) + "; " + when;
        return new Candidate.Text(reason, draft(c, sh));
    }

    /** What is shared, as clauses after "You and Ana": "both work in product design", "are both in Lisbon". */
    private static List<String> facts(Affinity.Shared sh, String firstName) {
        List<String> facts = new ArrayList<>();
        if (sh.organization() != null) {
            facts.add("both work at " + sh.organization());
        }
        if (sh.field() != null) {
            facts.add("both work in " + sh.field());
        } else if (sh.industry() != null) {
            facts.add("both work in " + sh.industry());
        }
        if (sh.city() != null) {
            facts.add("are both in " + sh.city());
        }
        CommonGround.Match m = sh.interest();
        if (m != null) {
            facts.add(m.byWords() && m.phraseA().equalsIgnoreCase(m.phraseB())
                    ? "share an interest in " + m.phraseB()
                    : "share an interest (you: " + m.phraseA() + " · " + firstName + ": " + m.phraseB() + ")");
        }
        return facts;
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * A note a person would send: what we share as the reason for writing now, a question about their work.
     * "It's been a long time" only when we know it has (a first-met date); else a plain hello.
     */
    static String draft(Snapshot.ContactFacts c, Affinity.Shared sh) {
        boolean dated = c.firstMet() != null;
        StringBuilder d = new StringBuilder("Hi " + c.firstName()
                + (dated ? ", it's been a long time since we connected" : ","));
        String work = sh.organization() != null ? "we're both at " + sh.organization() + " now."
                : sh.field() != null ? "we're both working in " + sh.field() + " these days."
                : sh.industry() != null ? "we're both working in " + sh.industry() + " these days." : null;
        if (work == null) {
            d.append(dated ? "." : " I hope you're well.");
        } else if (dated) {
            d.append(sh.organization() != null ? " — and I noticed " : " — I noticed ").append(work);
        } else {
            d.append(" I noticed ").append(work);
        }
        CommonGround.Match m = sh.interest();
        if (m != null) {
            d.append(" I've been spending a lot of time on ").append(m.phraseA())
                    .append(m.byWords() && m.phraseA().equalsIgnoreCase(m.phraseB())
                            ? " and remembered it's something you care about too."
                            : " and thought of you and " + m.phraseB() + ".");
        }
        String org = sh.organization() == null ? sh.theirOrganization() : null;
        d.append(org == null ? " How are things going?" : " How are things going at " + org.strip() + "?");
        d.append(" I'd love to hear what you're working on these days");
        d.append(sh.city() == null ? "." : " — maybe over a coffee, since we're both in " + sh.city() + "?");
        return d.toString();
    }

    /** Logs the note as a message I sent today. */
    @Override
    public void complete(Action action, String note) {
        Completions.logMine(interactions, clock, action, InteractionKind.MESSAGE, "Reconnecting", note,
                Exchange.NEUTRAL);
    }
}
