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
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pruned choice of the best pairs is exactly the one scoring every pair gives. */
class BestPairsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void prunedTopKEqualsBruteForceOnRandomCandidates() {
        for (long seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(300);
            List<BestPairs.Candidate> candidates = new ArrayList<>();
            Map<Long, Double> p = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long key = Suggestions.pair(r.nextInt(1000), 1000 + i);
                // few distinct contents and probabilities, so that scores tie often
                candidates.add(new BestPairs.Candidate(key, r.nextInt(8) * 0.75));
                p.put(key, r.nextBoolean() ? 0.5 : r.nextInt(5) / 5.0 + (r.nextBoolean() ? 0 : 0.1999999));
            }
            for (int limit : new int[] {1, 3, 10, 50}) {
                List<BestPairs.Scored> pruned = BestPairs.best(candidates, limit, p::get, false);
                List<BestPairs.Scored> all = BestPairs.best(candidates, limit, p::get, true);
                List<BestPairs.Scored> brute = new ArrayList<>();
                for (BestPairs.Candidate c : candidates) {
                    brute.add(new BestPairs.Scored(c.key(), BestPairs.score(c.content(), p.get(c.key())), p.get(c.key())));
                }
                brute.sort(BestPairs.ORDER);
                assertThat(pruned).as("seed %d, limit %d", seed, limit).isEqualTo(all)
                        .isEqualTo(brute.subList(0, Math.min(limit, brute.size())));
            }
        }
    }

    @Test
    void prunedSuggestionsEqualBruteForceOnRandomBooks() {
        List<String> topics = List.of("email migration", "open access", "budgeting", "coaching", "user experience");
        List<String> cities = List.of("Boston", "Leeds", "Porto");
        for (long seed = 1; seed <= 3; seed++) {
            try (TestDatabase db = TestDatabase.sqlite()) {
                Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
                Random r = new Random(seed);
                List<Contact> people = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    ContactDraft.Builder b = ContactDraft.builder("Person " + seed + "-" + i)
                            .location(cities.get(r.nextInt(cities.size())));
                    for (int k = r.nextInt(3); k >= 0; k--) {
                        b.interest(topics.get(r.nextInt(topics.size())));
                    }
                    people.add(kith.contacts().add(b.build()));
                }
                java.util.Set<String> tied = new java.util.HashSet<>();
                for (int k = 0; k < 60; k++) {
                    Contact a = people.get(r.nextInt(people.size()));
                    Contact c = people.get(r.nextInt(people.size()));
                    if (a.id() == c.id()) {
                        continue;
                    }
                    if (r.nextBoolean()) {
                        kith.interactions().log(Interaction.draft(TODAY.minusDays(r.nextInt(700)), InteractionKind.MEETING,
                                Initiator.ME, 30, null, Exchange.NEUTRAL, false, List.of(a.id(), c.id())));
                    } else if (tied.add(Math.min(a.id(), c.id()) + "-" + Math.max(a.id(), c.id()))) {
                        kith.ties().add(a.id(), c.id(), TieKind.KNOWS, r.nextBoolean() ? null : TODAY.minusDays(r.nextInt(700)),
                                TieSource.MANUAL);
                    }
                }
                Pool pool = Pool.load(kith.book(), TODAY);
                for (int limit : new int[] {1, 3, 10}) {
                    List<Suggestion> pruned = Suggestions.suggest(kith.book(), kith.intros(), TODAY, limit, pool,
                            Integer.MAX_VALUE, false, Integer.MAX_VALUE);
                    assertThat(pruned).as("seed %d, limit %d", seed, limit).hasSize(limit)
                            .isEqualTo(Suggestions.suggest(kith.book(), kith.intros(), TODAY, limit, pool,
                                    Integer.MAX_VALUE, true, Integer.MAX_VALUE));
                }
            }
        }
    }
}
