package dev.kith.strength;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TieStrengthTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static TieStrength score(Object... dateKindInitiator) {
        StrengthTally tally = new StrengthTally();
        for (int i = 0; i < dateKindInitiator.length; i += 3) {
            tally.add((LocalDate) dateKindInitiator[i], (InteractionKind) dateKindInitiator[i + 1],
                    (Initiator) dateKindInitiator[i + 2]);
        }
        return tally.score(1, TODAY, LocalDate.of(2026, 1, 1));
    }

    @Test
    void aMealCountsMoreThanACallWhichCountsMoreThanAnEmail() {
        int lunch = score(TODAY.minusDays(10), InteractionKind.LUNCH, Initiator.ME).part("depth").points();
        int call = score(TODAY.minusDays(10), InteractionKind.CALL, Initiator.ME).part("depth").points();
        int email = score(TODAY.minusDays(10), InteractionKind.EMAIL, Initiator.ME).part("depth").points();
        assertThat(lunch).isGreaterThan(call);
        assertThat(call).isGreaterThan(email);
    }

    @Test
    void recencyFadesWithTimeAndEveryPartIsExplained() {
        TieStrength fresh = score(TODAY.minusDays(1), InteractionKind.COFFEE, Initiator.ME);
        TieStrength stale = score(TODAY.minusDays(200), InteractionKind.COFFEE, Initiator.ME);
        assertThat(fresh.part("recency").points()).isGreaterThan(stale.part("recency").points());
        assertThat(fresh.part("recency").explanation()).isEqualTo("last contact yesterday");
        assertThat(fresh.parts()).extracting(TieStrength.Part::name)
                .containsExactly("recency", "frequency", "depth", "reciprocity", "history");
        assertThat(fresh.total()).isEqualTo(fresh.parts().stream().mapToInt(TieStrength.Part::points).sum())
                .isBetween(0, 100);
    }

    @Test
    void reciprocityRewardsBothSidesReachingOut() {
        TieStrength oneSided = score(TODAY.minusDays(3), InteractionKind.EMAIL, Initiator.ME,
                TODAY.minusDays(2), InteractionKind.EMAIL, Initiator.ME);
        TieStrength mutual = score(TODAY.minusDays(3), InteractionKind.EMAIL, Initiator.ME,
                TODAY.minusDays(2), InteractionKind.EMAIL, Initiator.THEM);
        assertThat(oneSided.part("reciprocity").points()).isZero();
        assertThat(mutual.part("reciprocity").points()).isEqualTo(15);
        assertThat(mutual.part("reciprocity").explanation()).isEqualTo("they started 1 of 2, you 1");
    }

    @Test
    void aFrequentDeepMutualLongTieIsNearTheTopAndNoContactIsNearZero() {
        StrengthTally tally = new StrengthTally();
        for (int w = 1; w <= 40; w++) {
            tally.add(TODAY.minusWeeks(w), w % 2 == 0 ? InteractionKind.LUNCH : InteractionKind.CALL,
                    w % 2 == 0 ? Initiator.ME : Initiator.THEM);
        }
        assertThat(tally.score(1, TODAY, LocalDate.of(2019, 1, 1)).total()).isGreaterThanOrEqualTo(90);
        assertThat(TieStrength.none(2).total()).isZero();
        assertThat(tally.score(1, TODAY.minusYears(10), null).total()).as("nothing before that day").isZero();
    }

    @BothDatabases
    void theBulkScoreOfABookMatchesEachContactsOwnScore(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").firstMet(LocalDate.of(2022, 5, 1)).build()).id();
        long bo = book.contacts().add(ContactDraft.builder("Bo Chen").build()).id();
        long cy = book.contacts().add(ContactDraft.builder("Cy Diaz").build()).id();
        book.interactions().log(Interaction.draft(TODAY.minusDays(5), InteractionKind.LUNCH, Initiator.THEM, 60, null,
                Exchange.NEUTRAL, false, List.of(ana, bo)));
        book.interactions().log(Interaction.draft(TODAY.minusDays(40), InteractionKind.EMAIL, Initiator.ME, null, null,
                Exchange.NEUTRAL, false, List.of(ana)));
        TieStrengths strengths = new TieStrengths(book.database(), book.id());
        Map<Long, TieStrength> all = strengths.all(TODAY);
        assertThat(all).containsOnlyKeys(ana, bo, cy);
        for (long id : List.of(ana, bo, cy)) {
            assertThat(all.get(id)).isEqualTo(strengths.of(id, TODAY));
        }
        assertThat(all.get(ana).total()).isGreaterThan(all.get(bo).total());
        assertThat(all.get(ana).part("history").explanation()).isEqualTo("known for 4 years (since 2022-05-01)");
        assertThat(all.get(cy).part("recency").points()).isZero();
    }

    @BothDatabases
    void theDatabaseAggregateScoresExactlyAsTheTallyOfTheRows(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").firstMet(LocalDate.of(2019, 5, 1)).build()).id();
        StrengthTally tally = new StrengthTally();
        InteractionKind[] kinds = InteractionKind.values();
        for (int i = 0; i < 60; i++) {
            LocalDate day = TODAY.minusDays(i * 17L - 40);
            InteractionKind kind = kinds[i % kinds.length];
            Initiator initiator = i % 3 == 0 ? Initiator.THEM : Initiator.ME;
            book.interactions().log(Interaction.draft(day, kind, initiator, null, null, Exchange.NEUTRAL, false,
                    List.of(ana)));
            tally.add(day, kind, initiator);
        }
        TieStrengths strengths = new TieStrengths(book.database(), book.id());
        for (LocalDate day : List.of(TODAY, TODAY.minusDays(400), TODAY.minusDays(900))) {
            assertThat(strengths.of(ana, day)).as("on %s", day)
                    .isEqualTo(tally.score(ana, day, LocalDate.of(2019, 5, 1)));
        }
    }

    @BothDatabases
    void aCachedBulkScoreNeverOutlivesAWriteOrItsDayOrItsBook(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long ana = book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        TieStrengths strengths = new TieStrengths(book.database(), book.id());
        int before = strengths.all(TODAY).get(ana).total();
        assertThat(strengths.all(TODAY).get(ana).total()).isEqualTo(before);
        book.interactions().log(Interaction.draft(TODAY.minusDays(1), InteractionKind.LUNCH, Initiator.THEM, 60, null,
                Exchange.NEUTRAL, false, List.of(ana)));
        assertThat(strengths.all(TODAY).get(ana).total()).as("a write is seen").isGreaterThan(before);
        assertThat(strengths.all(TODAY.plusDays(400)).get(ana).total()).as("another day is another score")
                .isLessThan(strengths.all(TODAY).get(ana).total());
        Kith other = Kith.open(db.database(), "other", KithClock.fixed(TODAY));
        assertThat(new TieStrengths(other.database(), other.id()).all(TODAY)).as("another book").isEmpty();
    }
}
