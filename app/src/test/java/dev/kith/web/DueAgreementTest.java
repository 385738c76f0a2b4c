package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import dev.kith.today.Due;
import dev.kith.today.Person;
import dev.kith.today.Today;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One definition of "due": {@code kith due} (Today's due list), Today's keep-in-touch candidates, the web's
 * contact list ("due only") and contact page agree on who is due and since when, on the edge cases where
 * they used to differ: someone never contacted (counted from the day added, not "due today"), someone whose
 * clock runs out today (due tomorrow), a planned meeting ahead (not a contact yet).
 */
class DueAgreementTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @BothDatabases
    void everyViewAgreesOnWhoIsDueAndSinceWhen(TestDatabase db) {
        Kith old = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY.minusDays(200)));
        long neverOld = add(old, "Nora Never", Circle.NETWORK);
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long neverNew = add(book, "Nils New", Circle.NETWORK);
        long edge = add(book, "Eda Edge", Circle.CLOSE);
        long past = add(book, "Pia Past", Circle.CLOSE);
        long planned = add(book, "Pat Planned", Circle.CLOSE);
        log(book, edge, TODAY.minusDays(30));
        log(book, past, TODAY.minusDays(31));
        log(book, planned, TODAY.minusDays(40));
        log(book, planned, TODAY.plusDays(3));

        Today today = book.today();
        Map<Long, LocalDate> dueOn = today.dueDates();
        assertThat(dueOn).containsEntry(neverOld, TODAY.minusDays(200).plusDays(90))
                .containsEntry(neverNew, TODAY.plusDays(90)).containsEntry(edge, TODAY)
                .containsEntry(past, TODAY.minusDays(1)).containsEntry(planned, TODAY.minusDays(10));
        Set<Long> expected = Set.of(neverOld, past, planned);

        assertThat(today.due()).extracting(d -> d.person().id()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(today.due()).allSatisfy(d -> assertThat(d.dueOn()).isEqualTo(dueOn.get(d.person().id())));
        Set<Long> keepInTouch = today.candidates(today.snapshot()).stream()
                .filter(a -> a.kind().equals("keep-in-touch")).flatMap(a -> a.people().stream()).map(Person::id)
                .collect(Collectors.toSet());
        assertThat(keepInTouch).containsExactlyInAnyOrderElementsOf(expected);

        ContactQuery dueOnly = new ContactQuery(null, null, null, true, ContactQuery.Sort.NAME, 100);
        assertThat(dueOnly.run(book).rows()).extracting(ContactRow::id).containsExactlyInAnyOrderElementsOf(expected);
        ContactQuery all = new ContactQuery(null, null, null, false, ContactQuery.Sort.NAME, 100);
        assertThat(all.run(book).rows()).allSatisfy(r -> {
            assertThat(r.nextDue()).isEqualTo(dueOn.get(r.id()));
            assertThat(r.due()).isEqualTo(expected.contains(r.id()));
        });
        for (long id : List.of(neverOld, neverNew, edge, past, planned)) {
            ContactDetails d = ContactDetails.of(book, id,
                    book.contacts().cadences().days(book.contacts().get(id).circle()));
            assertThat(d.nextContactDue()).as("contact page of %d", id).isEqualTo(dueOn.get(id));
            assertThat(d.due()).isEqualTo(expected.contains(id));
            assertThat(Due.isDue(d.nextContactDue(), TODAY)).isEqualTo(expected.contains(id));
        }
    }

    private static long add(Kith book, String name, Circle circle) {
        return book.contacts().add(ContactDraft.builder(name).circle(circle).build()).id();
    }

    private static void log(Kith book, long who, LocalDate on) {
        book.interactions().log(Interaction.draft(on, InteractionKind.EMAIL, Initiator.ME, null, null,
                Exchange.NEUTRAL, false, List.of(who)));
    }

}
