package dev.kith.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

/** Finding contacts already in the book that look like one person, and forgetting pairs the user set apart. */
class DuplicatesTest {
    private static Kith book(TestDatabase db) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
    }

    private static long add(Kith book, ContactDraft.Builder draft) {
        return book.contacts().add(draft.build()).id();
    }

    private static List<String> pairs(Kith book) {
        return book.duplicates().find().stream()
                .map(p -> p.left().id() + "-" + p.right().id() + " " + String.join("; ", p.reasons())).toList();
    }

    @BothDatabases
    void sharedEmailPhoneLinkedInOrNameMakeAPair(TestDatabase db) {
        Kith book = book(db);
        long ana = add(book, ContactDraft.builder("Ana Lima").email("Ana@Acme.example").organization("Acme"));
        long ana2 = add(book, ContactDraft.builder("Ana M. Lima").email("ana@acme.example"));
        long bo = add(book, ContactDraft.builder("Bo Chen").phone("+44 20 7946 0958"));
        long bo2 = add(book, ContactDraft.builder("Robert Chen").phone("020-7946-0958"));
        long cy = add(book, ContactDraft.builder("Cy Diaz").linkedinUrl("https://www.linkedin.com/in/cydiaz/"));
        long cy2 = add(book, ContactDraft.builder("Cyrus Diaz").linkedinUrl("linkedin.com/in/CyDiaz"));
        long kw = add(book, ContactDraft.builder("Kwame Khan").organization("Acme"));
        long kw2 = add(book, ContactDraft.builder("Kwame Khan").organization("Globex"));
        add(book, ContactDraft.builder("Nobody Alike").phone("12"));
        add(book, ContactDraft.builder("Also Nobody").phone("12"));

        assertThat(pairs(book)).containsExactly(
                ana + "-" + ana2 + " same email ana@acme.example",
                bo + "-" + bo2 + " same phone +44 20 7946 0958",
                cy + "-" + cy2 + " same LinkedIn profile",
                kw + "-" + kw2 + " same name, different organization");
        Duplicates.Found firstTwo = book.duplicates().find(2);
        assertThat(firstTwo.total()).isEqualTo(4);
        assertThat(firstTwo.pairs()).extracting(p -> p.left().id()).containsExactly(ana, bo);
        Duplicates.Pair kwame = book.duplicates().find().getLast();
        assertThat(kwame.strong()).isFalse();
        assertThat(kwame.fields()).filteredOn(Duplicates.Field::differs).extracting(Duplicates.Field::label)
                .containsExactly("Organization");
    }

    @BothDatabases
    void archivedContactsAreNoDuplicatesAndSameNameWithoutOrganizationIsStrong(TestDatabase db) {
        Kith book = book(db);
        long a = add(book, ContactDraft.builder("Lena Park"));
        long b = add(book, ContactDraft.builder("Lena  PARK").organization("Initech"));
        long c = add(book, ContactDraft.builder("Léna Park").email("lena@x.example"));
        book.contacts().archive(c, true);
        assertThat(book.duplicates().find()).singleElement().satisfies(p -> {
            assertThat(List.of(p.left().id(), p.right().id())).containsExactly(a, b);
            assertThat(p.reasons()).containsExactly("same name");
            assertThat(p.strong()).isTrue();
        });
    }

    @BothDatabases
    void aDismissedPairIsNotSuggestedAgainAndMergingForgetsTheDismissalsOfTheMergedContact(TestDatabase db) {
        Kith book = book(db);
        long a = add(book, ContactDraft.builder("Sam Okoro").organization("Umbrella"));
        long b = add(book, ContactDraft.builder("Sam Okoro").organization("Vandelay"));
        long c = add(book, ContactDraft.builder("Sam Okoro").email("sam@x.example"));
        assertThat(book.duplicates().find()).hasSize(3);
        book.duplicates().dismiss(b, a);
        book.duplicates().dismiss(a, b); // again: no change
        assertThat(pairs(book)).containsExactly(a + "-" + c + " same name", b + "-" + c + " same name");

        book.mergeContacts(c, b);
        int left = db.database().read(h -> h.createQuery("SELECT count(*) FROM duplicate_dismissals")
                .mapTo(Integer.class).one());
        assertThat(left).isZero();
        assertThat(pairs(book)).containsExactly(a + "-" + c + " same name, different organization");
    }

    @BothDatabases
    void undoingADismissalSuggestsThePairAgain(TestDatabase db) {
        Kith book = book(db);
        long a = add(book, ContactDraft.builder("Ida Berg").email("ida@x.example"));
        long b = add(book, ContactDraft.builder("Ida B.").email("IDA@x.example"));
        book.journal().record("kept them apart", dev.kith.journal.Scope.contacts(a, b), () -> {
            book.duplicates().dismiss(a, b);
            return null;
        });
        assertThat(book.duplicates().find()).isEmpty();
        book.journal().undo();
        assertThat(book.duplicates().find()).hasSize(1);
    }

    @BothDatabases
    void aHugeGroupSharingOneNumberIsPassedOverSoFindingStaysLinear(TestDatabase db) {
        Kith book = book(db);
        for (int i = 0; i < Duplicates.BLOCK + 1; i++) {
            add(book, ContactDraft.builder("Switchboard Person " + i).phone("+1 555 010 0000"));
        }
        long x = add(book, ContactDraft.builder("Xu Li").phone("+1 555 010 9999"));
        long y = add(book, ContactDraft.builder("Xu Li Wei").phone("5550109999"));
        assertThat(book.duplicates().find()).extracting(p -> p.left().id() + "-" + p.right().id())
                .containsExactly(x + "-" + y);
    }

    @org.junit.jupiter.api.Test
    void phoneKeysIgnorePunctuationAndCountryPrefix() {
        assertThat(PhoneKey.of("+44 (0)20 7946-0958")).isEqualTo(PhoneKey.of("020 7946 0958"));
        assertThat(PhoneKey.of("ext. 12")).isNull();
        assertThat(PhoneKey.of(null)).isNull();
    }
}
