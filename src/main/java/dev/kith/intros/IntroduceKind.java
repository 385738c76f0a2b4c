package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.reciprocity.Balance;
import dev.kith.today.Action;
import dev.kith.today.ActionKind;
import dev.kith.today.Candidate;
import dev.kith.today.Snapshot;
import dev.kith.today.SnapshotPart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code introduce}: the best suggested introductions; doing one starts the double opt-in workflow
 * (the first note asks A). A pair with someone I only ask of is a give-first case and ranks higher.
 * Seed: "introduce people to each other".
 */
public final class IntroduceKind implements ActionKind {
    /** The top suggestions and the give/ask balances, loaded once per snapshot. */
    record Data(List<Suggestion> suggestions, Map<Long, Balance> balances) {
    }

    /** Today pairs among this many of my closest contacts (see {@link Suggestions#suggest(Book, int, int)}). */
    static final int TODAY_PEOPLE = 500;

    static final SnapshotPart<Data> SUGGESTIONS = (book, today) ->
            new Data(Suggestions.suggest(book, 3, TODAY_PEOPLE), book.reciprocity().all());

    @Override
    public String code() {
        return "introduce";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        Data d = s.part(SUGGESTIONS);
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
                            "Hi " + a.firstName() + ", I'd like to introduce you to " + b.name() + ": "
                                    + g.commonGround().get(0) + ". Would you be open to an introduction?")));
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
    public void complete(Book book, Action action, String note) {
        book.intros().start(book.contacts().get(action.people().get(0).id()),
                book.contacts().get(action.people().get(1).id()), note);
    }
}
