package dev.kith.intros;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Introductions in plain words: common ground a note can say, status and reminders without state codes. */
class IntroWordsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void commonGroundIsWordedForANoteAndMachineGroundIsLeftOut() {
        assertThat(Drafts.ground(List.of("both tagged rdm", "your notes on both mention \"plan servic\"",
                "both interested in email migration", "both work in Higher Education", "both in Boston")))
                .isEqualTo("you're both interested in email migration, and you both work in Higher Education");
        assertThat(Drafts.why(List.of("both changed jobs this month"))).isEqualTo("You both changed jobs recently.");
        assertThat(Drafts.why(List.of("Eve Stone is looking for grant writing; Fay Ross offers it")))
                .isEqualTo("Eve Stone is looking for grant writing, which Fay Ross can help with.");
        assertThat(Drafts.why(List.of("Lena: migrating our email system · Omar: email migration")))
                .isEqualTo("You're both working on email migration.");
        assertThat(Drafts.why(List.of("both tagged rdm", "3 people in your book know both"))).isNull();
    }

    @Test
    void anIntroductionWithoutAWhyCarriesTheCommonGroundKithFinds() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").organization("Acme")
                    .interest("email migration").build());
            Contact bo = book.contacts().add(ContactDraft.builder("Bo Chen").title("Dean").organization("Hill")
                    .interest("Email Migration").build());
            Intro intro = book.intros().start(ana, bo, null);
            assertThat(intro.why()).isEqualTo("You're both interested in email migration.");
            assertThat(intro.steps().get(0).note()).isEqualTo("Hi Ana, I'd like to introduce you to Bo Chen (Dean at"
                    + " Hill). You're both interested in email migration. Would you be open to an introduction?");
            assertThat(intro.status()).isEqualTo("asking Ana Lima");
            assertThat(intro.waiting()).isEqualTo("Ana Lima hasn't answered about meeting Bo Chen");
            Intro asked = book.intros().advance(intro.id(), false, null);
            assertThat(asked.waiting()).isEqualTo("Bo Chen hasn't answered about meeting Ana Lima");
            assertThat(asked.describe(asked.steps().get(1))).isEqualTo("asked Bo Chen");
            Intro made = book.intros().advance(intro.id(), false, null);
            assertThat(made.status()).isEqualTo("introduced");
            assertThat(Drafts.followUp(made)).isEqualTo("Hi Ana and Bo, did you two manage to connect? I'd love to hear"
                    + " how it went.");
        }
    }
}
