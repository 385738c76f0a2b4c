package dev.kith.intros;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions are ranked by the introduction model over the book's tie history, not by common ground
 * alone: of two pairs with the same common ground, the one whose ties say they would connect comes first,
 * and the model's reasons are named.
 */
class ModelRankingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @BothDatabases
    void ofTwoPairsWithTheSameCommonGroundTheRecentlyActiveOneComesFirst(TestDatabase db) {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        // created first, so that with equal scores the dormant pair would win on id order
        Contact dormantA = person(kith, "Dora Old", "kite photography");
        Contact dormantB = person(kith, "Dan Old", "kite photography");
        Contact activeA = person(kith, "Ada New", "zither restoration");
        Contact activeB = person(kith, "Abe New", "zither restoration");
        for (int i = 0; i < 3; i++) {
            meet(kith, TODAY.minusDays(700 + i), dormantA, person(kith, "Filler D" + i, null));
            meet(kith, TODAY.minusDays(700 + i), dormantB, person(kith, "Filler E" + i, null));
            meet(kith, TODAY.minusDays(2 + i), activeA, person(kith, "Filler A" + i, null));
            meet(kith, TODAY.minusDays(2 + i), activeB, person(kith, "Filler B" + i, null));
        }
        List<Suggestion> s = Suggestions.suggest(kith.book(), kith.intros(), 2);
        assertThat(s).hasSize(2);
        isPair(s.get(0), activeA, activeB);
        isPair(s.get(1), dormantA, dormantB);
        // the same common ground (one interest each pair, held by two people): only the model tells them apart
        assertThat(s.get(0).score()).isGreaterThan(s.get(1).score());
        assertThat(s.get(0).commonGround()).contains("both interested in zither restoration")
                .anyMatch(g -> g.contains("both recently active"));
        assertThat(s.get(1).commonGround()).noneMatch(g -> g.contains("recently active"));
    }

    @BothDatabases
    void friendsInCommonAreCountedAndNamed(TestDatabase db) {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        Contact a = person(kith, "Cleo Hub", "bookbinding");
        Contact b = person(kith, "Cyd Hub", "bookbinding");
        Contact c = person(kith, "Lone One", "weaving");
        Contact d = person(kith, "Lone Two", "weaving");
        for (int i = 0; i < 3; i++) {
            Contact friend = person(kith, "Friend " + i, null);
            kith.ties().add(a.id(), friend.id(), TieKind.KNOWS, TODAY.minusDays(30 + i), TieSource.MANUAL);
            kith.ties().add(friend.id(), b.id(), TieKind.KNOWS, TODAY.minusDays(40 + i), TieSource.MANUAL);
        }
        List<Suggestion> s = Suggestions.suggest(kith.book(), kith.intros(), 2);
        assertThat(s).hasSize(2);
        isPair(s.get(0), a, b);
        assertThat(s.get(0).score()).isGreaterThan(s.get(1).score());
        assertThat(s.get(0).commonGround()).anyMatch(g -> g.startsWith("3 friends in common"));
        isPair(s.get(1), c, d);
    }

    private static Contact person(Kith kith, String name, String interest) {
        ContactDraft.Builder b = ContactDraft.builder(name);
        if (interest != null) {
            b.interest(interest);
        }
        return kith.contacts().add(b.build());
    }

    private static void meet(Kith kith, LocalDate day, Contact x, Contact y) {
        kith.interactions().log(Interaction.draft(day, InteractionKind.MEETING, Initiator.ME, 30, null,
                Exchange.NEUTRAL, false, List.of(x.id(), y.id())));
    }

    private static void isPair(Suggestion s, Contact x, Contact y) {
        assertThat(List.of(s.aId(), s.bId())).containsExactlyInAnyOrder(x.id(), y.id());
    }
}
