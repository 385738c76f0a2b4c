package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.contacts.Contacts;
import dev.kith.reciprocity.Balance;
import dev.kith.reciprocity.Reciprocity;
import dev.kith.today.Action;
import dev.kith.today.ActionKind;
import dev.kith.today.Candidate;
import dev.kith.today.Snapshot;
import dev.kith.today.SnapshotPart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code introduce}: the best suggested introductions; doing one starts the double opt-in workflow
 * (the first note asks A). A pair with someone I only ask of is a give-first case and ranks higher.
 * Seed: "introduce people to each other".
 */
public final class IntroduceKind implements ActionKind {
    /** The top suggestions and the give/ask balances, loaded once per snapshot. */
    record Data(List<Suggestion> suggestions, Map<Long, Balance> balances) {
    }

    /**
     * Today pairs among this many of my closest contacts (see
     * {@link Suggestions#suggest(Book, Intros, int, int)}).
     */
    static final int TODAY_PEOPLE = 500;
    /** How many suggestions a plan considers. */
    static final int LIMIT = 3;

    private final Book book;
    private final Intros intros;
    private final Reciprocity reciprocity;
    private final Contacts contacts;
    /** The data of a snapshot's introductions (see {@link Part}). */
    final SnapshotPart<Data> suggestions = new Part();

    public IntroduceKind(Book book, Intros intros, Reciprocity reciprocity, Contacts contacts) {
        this.book = book;
        this.intros = intros;
        this.reciprocity = reciprocity;
        this.contacts = contacts;
    }

    /**
     * The suggestions among my {@value #TODAY_PEOPLE} closest contacts, and the balances of the people
     * they pair. Within a snapshot, who is reachable and my tie strengths come from its contacts, so
     * only the closest people's profiles and the book's ties are read.
     */
    private final class Part implements SnapshotPart<Data> {
        @Override
        public Data load(LocalDate today) {
            return data(Suggestions.suggest(book, intros, today, LIMIT, Pool.load(book, today), TODAY_PEOPLE));
        }

        @Override
        public Data load(Snapshot snapshot) {
            return data(Suggestions.suggest(book, intros, snapshot.today(), LIMIT, pool(snapshot), TODAY_PEOPLE));
        }

        private Data data(List<Suggestion> suggestions) {
            Set<Long> people = new HashSet<>();
            suggestions.forEach(g -> people.addAll(List.of(g.aId(), g.bId())));
            return new Data(suggestions, reciprocity.of(people));
        }
    }

    /** Every contact of the snapshot, whether reachable, and my tie strength today. */
    static Pool pool(Snapshot snapshot) {
        return Pool.of(snapshot.contacts().stream()
                .map(c -> new Pool.Member(c.id(), c.reachable(), c.strength())).toList());
    }

    /** Heavy: it scores pairs across the whole book. */
    @Override
    public boolean heavy() {
        return true;
    }

    @Override
    public String code() {
        return "introduce";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        Data d = s.part(suggestions);
        List<Candidate> out = new ArrayList<>();
        for (Suggestion g : d.suggestions()) {
            Snapshot.ContactFacts a = s.contact(g.aId());
            Snapshot.ContactFacts b = s.contact(g.bId());
            if (a == null || b == null || !a.reachable() || !b.reachable()) {
                continue;
            }
            String giveFirst = giveFirst(d.balances(), a, b);
            out.add(new Candidate(code() + ":" + g.pairId(), code(), List.of(a.person(), b.person()),
                    giveFirst == null ? 0.45 : 0.85, Math.min(1, 0.3 + 0.1 * g.score()), 0,
                    () -> new Candidate.Text((giveFirst == null ? "" : giveFirst) + a.name() + " and " + b.name()
                            + " don't know each other yet: " + String.join("; ", g.commonGround()),
                            Drafts.askA(contacts.get(a.id()), contacts.get(b.id()), Drafts.why(g.commonGround())))));
        }
        return out;
    }

    private static String giveFirst(Map<Long, Balance> balances, Snapshot.ContactFacts a, Snapshot.ContactFacts b) {
        for (Snapshot.ContactFacts c : List.of(a, b)) {
            Balance x = balances.get(c.id());
            if (x != null && x.onlyAsks()) {
                return "Give first: you only ask " + c.name() + " (" + x.summary() + "). ";
            }
        }
        return null;
    }

    /** Starts the introduction (asking the first person), with the user's note as the why. */
    @Override
    public void complete(Action action, String note) {
        intros.start(contacts.get(action.people().get(0).id()), contacts.get(action.people().get(1).id()), note);
    }
}
