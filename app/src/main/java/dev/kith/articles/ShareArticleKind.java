package dev.kith.articles;

import dev.kith.contacts.Contacts;
import dev.kith.interactions.InteractionKind;
import dev.kith.reciprocity.Balance;
import dev.kith.reciprocity.Reciprocity;
import dev.kith.store.Stamps;
import dev.kith.today.Action;
import dev.kith.today.ActionKind;
import dev.kith.today.Candidate;
import dev.kith.today.Person;
import dev.kith.today.Snapshot;
import dev.kith.today.SnapshotPart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code share-article}: the best article × recipient pairs of the library (articles of the last
 * {@value #FRESH_DAYS} days, each article's two best recipients, plus anyone in its top {@value #GIVE_FIRST_REACH} I only ask
 * of). Someone I only ask of is a give-first case: their share ranks higher and the reason says so. Seed: "share something of value … with one
 * other person who you think would benefit … include why and your top takeaway".
 */
public final class ShareArticleKind implements ActionKind {
    static final int FRESH_DAYS = 60;
    /** How deep in an article's ranking a give-first recipient is still proposed. */
    static final int GIVE_FIRST_REACH = 30;

    /** A proposed share: the article, the recipient and whether they are a give-first case. */
    record Pick(Article article, Recipient recipient, Balance balance) {
    }

    /** One fresh article and its best recipients, best first. */
    record Ranked(Article article, List<Recipient> recipients) {
    }

    /**
     * What the ranking reads: the profiles (through the profile index), the articles and the shares. Not
     * interactions, so a logged call or email carries the ranking over to the next snapshot of the day and only
     * the balances are read again.
     */
    static final List<String> RANKING_READS;

    static {
        List<String> reads = new ArrayList<>(Stamps.PROFILE);
        reads.add("articles");
        reads.add("shares");
        RANKING_READS = List.copyOf(reads);
    }

    private final Articles articles;
    private final Reciprocity reciprocity;
    private final Contacts contacts;
    /** The fresh articles' rankings: empty without recent articles (the model is not loaded then). */
    private final SnapshotPart<List<Ranked>> ranked = SnapshotPart.reading(RANKING_READS, this::rank);
    /** The picks of a snapshot: the carried rankings with today's give and ask balances of their recipients. */
    private final SnapshotPart<List<Pick>> picks = new SnapshotPart<>() {
        @Override
        public List<Pick> load(LocalDate today) {
            return bestPicks(rank(today));
        }

        @Override
        public List<Pick> load(Snapshot snapshot) {
            return bestPicks(snapshot.part(ranked));
        }
    };

    public ShareArticleKind(Articles articles, Reciprocity reciprocity, Contacts contacts) {
        this.articles = articles;
        this.reciprocity = reciprocity;
        this.contacts = contacts;
    }

    /** The five most recent articles of the last {@value #FRESH_DAYS} days, each with its best recipients. */
    private List<Ranked> rank(LocalDate today) {
        List<Ranked> out = new ArrayList<>();
        articles.list().stream().filter(a -> !a.addedOn().isBefore(today.minusDays(FRESH_DAYS))).limit(5)
                .forEach(a -> out.add(new Ranked(a, articles.recipients(a, GIVE_FIRST_REACH))));
        return List.copyOf(out);
    }

    private List<Pick> bestPicks(List<Ranked> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Set<Long> recipients = new HashSet<>();
        ranked.forEach(r -> r.recipients().forEach(x -> recipients.add(x.contactId())));
        // the balances of these recipients only: one indexed read, not the whole book's year of interactions
        Map<Long, Balance> balances = reciprocity.of(recipients);
        List<Pick> picks = new ArrayList<>();
        for (Ranked r : ranked) {
            Article a = r.article();
            List<Recipient> best = r.recipients();
            for (int i = 0; i < best.size(); i++) {
                Pick p = new Pick(a, best.get(i), balances.get(best.get(i).contactId()));
                if (i < 2 || giveFirst(p)) {
                    picks.add(p);
                }
            }
        }
        picks.sort(Comparator.comparingDouble((Pick p) -> -(p.recipient().score() + (giveFirst(p) ? 1 : 0)))
                .thenComparingLong(p -> p.article().id()).thenComparingLong(p -> p.recipient().contactId()));
        return List.copyOf(picks.subList(0, Math.min(3, picks.size())));
    }

    private static boolean giveFirst(Pick p) {
        return p.balance() != null && p.balance().onlyAsks();
    }

    /** Heavy: it ranks every profile of the book. */
    @Override
    public boolean heavy() {
        return true;
    }

    @Override
    public String code() {
        return "share-article";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> out = new ArrayList<>();
        for (Pick p : s.part(picks)) {
            Snapshot.ContactFacts c = s.contact(p.recipient().contactId());
            if (c == null || !c.reachable()) {
                continue;
            }
            boolean first = giveFirst(p);
            out.add(new Candidate(code() + ":" + p.article().id() + ":" + c.id(), code(), List.of(c.person()),
                    first ? 0.8 : 0.5, 0.6 + 0.4 * Math.min(1, p.recipient().score() / 4), p.article().id(),
                    () -> new Candidate.Text((first ? "Give first: you only ask " + c.name() + " ("
                            + p.balance().summary() + "). " : "") + c.name() + " would benefit from \""
                            + p.article().title() + "\": " + String.join("; ", p.recipient().reasons()),
                            Articles.draft(p.article(), c.firstName(), null, articles.hook(p.article(), c.id())))));
        }
        return out;
    }

    /** Records the share (a gave message) with the user's note as the why. */
    @Override
    public void complete(Action action, String note) {
        Person p = action.people().get(0);
        articles.share(articles.get(action.ref()), contacts.get(p.id()), note, InteractionKind.MESSAGE);
    }
}
