package dev.kith.today;

import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.network.IntroPath;
import dev.kith.network.Network;
import dev.kith.network.PathReport;
import dev.kith.network.Target;
import dev.kith.network.TargetKind;
import dev.kith.network.TargetStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ask-intro}: for each open target with a path through my network, ask the path's first hop
 * for the introduction; the draft says up front whom I want to meet and why (the target's note).
 * A target I already know directly is not proposed. Doing it logs a message to the first hop (I
 * asked), opens an ask that a later {@code kith referral} closes, and marks the target asked. Seeds:
 * "ask them to make an introduction"; "be up front about what you want".
 */
public final class AskIntroKind implements ActionKind {
    /**
     * After how many days an unasked target is fully urgent: urgency grows from 0.4 on the day it is
     * added to 0.8 after this long (an introduction can wait; a reply or a next-morning follow-up
     * cannot); value is 0.6 plus up to 0.4 for the path's weakest tie.
     */
    static final int WAITING_DAYS = 21;

    /** One open target and its best path, found once per snapshot. */
    record Intro(Target target, IntroPath path) {
    }

    private final Network network;
    private final Interactions interactions;
    private final KithClock clock;
    /** The best path to each open target, found once per snapshot (see {@link #bestPaths}). */
    final SnapshotPart<List<Intro>> paths = this::bestPaths;

    public AskIntroKind(Network network, Interactions interactions, KithClock clock) {
        this.network = network;
        this.interactions = interactions;
        this.clock = clock;
    }

    /**
     * The best path to each open target; targets without one, or known directly, are left out. The
     * book graph is built (or taken from {@code Network}'s cache) only when some target is open.
     */
    private List<Intro> bestPaths(LocalDate today) {
        List<Intro> intros = new ArrayList<>();
        List<Target> open = network.targets().list(false).stream().filter(t -> t.status() == TargetStatus.OPEN)
                .toList();
        if (open.isEmpty()) {
            return List.of(); // no target, no search: the graph of the whole book is never built
        }
        List<PathReport> reports = network.paths(open, 1, Network.DEFAULT_HOPS);
        for (int i = 0; i < open.size(); i++) {
            PathReport report = reports.get(i);
            Target t = report.target(); // a person target may turn out to be in the book (Network#paths)
            if (report.paths().isEmpty()) {
                continue;
            }
            IntroPath p = report.paths().get(0);
            boolean direct = t.kind() == TargetKind.PERSON && t.contactId() != null && p.hops().size() == 1;
            boolean referredBy = t.kind() == TargetKind.PERSON && t.contactId() != null
                    && network.referrals().referredByAny(t.contactId(), p.people());
            if (!direct && !referredBy) { // never ask someone to introduce the person they referred
                intros.add(new Intro(t, p));
            }
        }
        return List.copyOf(intros);
    }

    /** Heavy: it builds the network's graph of the whole book. */
    @Override
    public boolean heavy() {
        return true;
    }

    @Override
    public String code() {
        return "ask-intro";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Intro intro : s.part(paths)) {
            Long first = intro.path().first().toId();
            if (first == null || !s.reachable(first)) {
                continue;
            }
            Snapshot.ContactFacts c = s.contact(first);
            long open = Math.max(0, Words.days(intro.target().createdOn(), s.today()));
            actions.add(new Candidate(code() + ":" + intro.target().id(), code(), List.of(c.person()),
                    0.4 + 0.4 * Math.min(1.0, open / (double) WAITING_DAYS), 0.6 + 0.4 * intro.path().strength() / 100.0,
                    intro.target().id(), () -> text(c, intro)));
        }
        return actions;
    }

    private static Candidate.Text text(Snapshot.ContactFacts c, Intro intro) {
        Target t = intro.target();
        IntroPath p = intro.path();
        StringBuilder route = new StringBuilder("you");
        for (IntroPath.Hop h : p.hops()) {
            route.append(" → ").append(h.to());
        }
        IntroPath.Hop link = p.hops().size() > 1 ? p.hops().get(1) : p.first();
        String reason = "You want to meet " + t.label() + ". Best path: " + route + " (weakest tie " + p.strength()
                + "); " + link.from() + " and " + link.to() + ": " + link.reason();
        String whom = switch (t.kind()) {
            case PERSON -> t.name() + (t.organization() == null ? "" : " at " + t.organization());
            case ORGANIZATION -> "someone at " + t.organization();
            case INDUSTRY -> "someone in " + t.industry();
            case ROLE -> article(t.role()) + " " + t.role() + (t.organization() == null ? "" : " at " + t.organization());
        };
        StringBuilder draft = new StringBuilder("Hi " + c.firstName() + ", I'd like to ask you a favour: I'm hoping"
                + " to meet " + whom + ".");
        if (t.note() != null) {
            String note = t.note().strip();
            draft.append(" Here is why: ").append(note).append(note.matches(".*[.!?]$") ? "" : ".");
        }
        if (p.hops().size() > 2) {
            draft.append(" I believe ").append(p.hops().get(1).to()).append(" could help me get there.");
        } else if (t.kind() != TargetKind.PERSON || t.contactId() != null) {
            draft.append(" I think you know the right person.");
        } else {
            draft.append(" I think you know them through ").append(t.organization()).append('.');
        }
        draft.append(" Would you be comfortable introducing us? I'm happy to write a short note you can forward,"
                + " and no worries at all if the timing isn't right.");
        return new Candidate.Text(reason, draft.toString());
    }

    /** "a" or "an" before {@code word}, by its first letter. */
    static String article(String word) {
        return word != null && !word.isBlank() && "aeiouAEIOU".indexOf(word.strip().charAt(0)) >= 0 ? "an" : "a";
    }

    /** Logs the request to the first hop (I asked), opens an ask for the referral, and marks the target asked. */
    @Override
    public void complete(Action action, String note) {
        Target t = network.targets().get(action.ref());
        Completions.logMine(interactions, clock, action, InteractionKind.MESSAGE,
                "Asked for an introduction to " + t.label(), note, Exchange.ASKED);
        for (Person p : action.people()) {
            network.referrals().ask(p.id(), null, t);
        }
        network.targets().setStatus(t.id(), TargetStatus.ASKED);
    }
}
