package dev.kith.today;

import dev.kith.contacts.Circle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code choose-circle}: on a book at its start ({@link #noneChosen}: nobody has a keep-in-touch circle or
 * cadence of their own yet, and most were never in touch: a fresh import), one
 * action proposing a first close circle: the {@value #SUGGESTED} people ranked best, the most connected
 * first (tie strength), then those who share the most with me ({@link Affinity}), then the oldest
 * connections. Doing it puts the suggested people in the close circle (see {@link FirstCircle}, which
 * also takes the user's own pick); once anyone is in a circle, the action is no longer proposed. Its
 * people are a list to choose from, not the action's subject: the plan lets them appear in other actions
 * too ({@link Planner#SUGGESTS}). Seed: "review your LinkedIn contacts and pick three people".
 */
public final class ChooseCircleKind implements ActionKind {
    /** How many people the action suggests. */
    static final int SUGGESTED = 6;
    /** The fewest reachable contacts for which choosing a circle makes sense. */
    static final int AT_LEAST = 5;
    /** The id of the action; there is one a book. */
    static final String ID = "choose-circle:close";

    private final FirstCircle circle;
    private final SnapshotPart<Affinity> affinity;

    /** The action over {@code circle}, ranking suggestions by {@code reconnect}'s part (one load per snapshot). */
    public ChooseCircleKind(FirstCircle circle, ReconnectKind reconnect) {
        this.circle = circle;
        this.affinity = reconnect.affinity();
    }

    @Override
    public String code() {
        return "choose-circle";
    }

    /**
     * Whether {@code s} is a book at its start: nobody reachable has a circle or cadence of their own yet,
     * there are at least {@value #AT_LEAST} reachable people, and at least three in four of them were never
     * in touch (a fresh import; a book used without circles has history to go by instead).
     */
    static boolean noneChosen(Snapshot s) {
        Integer cadence = null;
        int reachable = 0;
        int untouched = 0;
        for (Snapshot.ContactFacts c : s.contacts()) {
            if (!c.reachable()) {
                continue;
            }
            if (c.circle() != Circle.NETWORK || (cadence != null && cadence != c.cadenceDays())) {
                return false;
            }
            cadence = c.cadenceDays();
            reachable++;
            if (c.lastContact() == null) {
                untouched++;
            }
        }
        return reachable >= AT_LEAST && 4 * untouched >= 3 * reachable;
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        if (!noneChosen(s)) {
            return List.of();
        }
        Affinity shared = s.part(affinity);
        List<Snapshot.ContactFacts> people = new ArrayList<>();
        for (Snapshot.ContactFacts c : s.contacts()) {
            if (c.reachable()) {
                people.add(c);
            }
        }
        people.sort(Comparator.comparingInt(Snapshot.ContactFacts::strength).reversed()
                .thenComparing(Comparator.comparingDouble((Snapshot.ContactFacts c) -> shared.of(c.id()).score())
                        .reversed())
                .thenComparing(c -> c.firstMet() == null ? s.today() : c.firstMet())
                .thenComparing(Snapshot.ContactFacts::name).thenComparingLong(Snapshot.ContactFacts::id));
        List<Snapshot.ContactFacts> picked = people.subList(0, Math.min(SUGGESTED, people.size()));
        List<Person> suggested = picked.stream().map(Snapshot.ContactFacts::person).toList();
        return List.of(new Candidate(ID, code(), suggested, 0.6, 1.0, 0, () -> text(s, picked, shared)));
    }

    private static Candidate.Text text(Snapshot s, List<Snapshot.ContactFacts> picked, Affinity shared) {
        List<String> why = new ArrayList<>();
        for (Snapshot.ContactFacts c : picked) {
            Affinity.Shared sh = shared.of(c.id());
            String what = sh.organization() != null ? "also at " + sh.organization()
                    : sh.field() != null ? "also in " + sh.field()
                    : sh.industry() != null ? "also in " + sh.industry()
                    : sh.city() != null ? "also in " + sh.city()
                    : sh.interest() != null ? sh.interest().phraseB()
                    : c.lastContact() != null && c.strength() > 0 ? "in touch most" // a strength from contact, not tenure
                    : c.firstMet() != null ? "known since " + c.firstMet().getYear() : null;
            why.add(c.name() + (what == null ? "" : " (" + what + ")"));
        }
        String reason = "Nobody is in your close circle yet: choose the few people you want to keep in touch with"
                + " every " + Circle.CLOSE.defaultCadenceDays() + " days or so. Suggested: " + String.join(", ", why);
        String draft = "Close circle: " + String.join(", ", picked.stream().map(Snapshot.ContactFacts::name).toList());
        return new Candidate.Text(reason, draft);
    }

    /** Puts every suggested person in the close circle (a pick of some is {@link FirstCircle#choose}). */
    @Override
    public void complete(Action action, String note) {
        circle.choose(action.people().stream().map(Person::id).toList());
    }
}
