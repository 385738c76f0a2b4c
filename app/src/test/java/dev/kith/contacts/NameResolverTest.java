package dev.kith.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;

class NameResolverTest {

    private static Contacts contacts(TestDatabase db) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24))).contacts();
    }

    @BothDatabases
    void anIdOrHashIdNamesThatContact(TestDatabase db) {
        Contacts contacts = contacts(db);
        Contact paul = contacts.add(ContactDraft.builder("Paul Cottey").build());
        assertThat(contacts.resolve(String.valueOf(paul.id()))).isEqualTo(paul);
        assertThat(contacts.resolve(" #" + paul.id() + " ")).isEqualTo(paul);
        assertThatThrownBy(() -> contacts.resolve(String.valueOf(paul.id() + 1000))).isInstanceOf(NotFoundException.class);
    }

    @BothDatabases
    void anExactNameMatchesIgnoringCaseAndAccents(TestDatabase db) {
        Contacts contacts = contacts(db);
        Contact jose = contacts.add(ContactDraft.builder("José Núñez").build());
        contacts.add(ContactDraft.builder("José Núñez Ortega").build());
        assertThat(contacts.resolve("jose nunez")).isEqualTo(jose);
        assertThat(contacts.resolve("  JOSÉ   NÚÑEZ ")).isEqualTo(jose);
    }

    @BothDatabases
    void aUniquePrefixOfTheFullNameOrOfALaterWordMatches(TestDatabase db) {
        Contacts contacts = contacts(db);
        Contact paul = contacts.add(ContactDraft.builder("Paul Cottey").build());
        Contact ana = contacts.add(ContactDraft.builder("Ana Lima").build());
        contacts.add(ContactDraft.builder("Paula Smith").build());
        assertThat(contacts.resolve("Cott")).isEqualTo(paul);
        assertThat(contacts.resolve("paul c")).isEqualTo(paul);
        assertThat(contacts.resolve("an")).isEqualTo(ana);
        assertThat(contacts.resolve("lim")).isEqualTo(ana);
        assertThat(contacts.resolve("smi").name()).isEqualTo("Paula Smith");
    }

    @BothDatabases
    void aPrefixOfTheWholeNameWinsOverALaterWord(TestDatabase db) {
        Contacts contacts = contacts(db);
        Contact marc = contacts.add(ContactDraft.builder("Marc Lee").build());
        contacts.add(ContactDraft.builder("Ana Marcos").build());
        assertThat(contacts.resolve("marc")).isEqualTo(marc);
    }

    @BothDatabases
    void anAmbiguousNameListsEveryCandidateWithItsId(TestDatabase db) {
        Contacts contacts = contacts(db);
        Contact acme = contacts.add(ContactDraft.builder("Ana Lima").organization("Acme").build());
        Contact other = contacts.add(ContactDraft.builder("Ana Lima").build());
        contacts.archive(other.id(), true);
        assertThat(contacts.resolve("ana lima").id()).as("an archived namesake does not make a name ambiguous")
                .isEqualTo(acme.id());
        assertThat(contacts.resolve("Ana").id()).isEqualTo(acme.id());
        assertThat(contacts.resolve("#" + other.id()).id()).isEqualTo(other.id());

        Contact third = contacts.add(ContactDraft.builder("Ana Lima").organization("Globex").build());
        assertThatThrownBy(() -> contacts.resolve("ana lima"))
                .isInstanceOfSatisfying(AmbiguousNameException.class, e -> assertThat(e.candidates()).containsExactly(
                        "Ana Lima (#" + acme.id() + ", Acme)", "Ana Lima (#" + third.id() + ", Globex)",
                        "Ana Lima (#" + other.id() + ", archived)"))
                .hasMessage("'ana lima' is ambiguous; it matches: Ana Lima (#" + acme.id() + ", Acme), Ana Lima (#"
                        + third.id() + ", Globex), Ana Lima (#" + other.id() + ", archived)");

        Contact paul = contacts.add(ContactDraft.builder("Paul Cottey").build());
        Contact paula = contacts.add(ContactDraft.builder("Paula Smith").build());
        assertThatThrownBy(() -> contacts.resolve("Paul"))
                .isInstanceOf(AmbiguousNameException.class)
                .hasMessageContainingAll("Paul Cottey (#" + paul.id() + ")", "Paula Smith (#" + paula.id() + ")");
    }

    @BothDatabases
    void anUnknownNameIsNotFound(TestDatabase db) {
        Contacts contacts = contacts(db);
        contacts.add(ContactDraft.builder("Paul Cottey").build());
        assertThatThrownBy(() -> contacts.resolve("Zelda")).isInstanceOf(NotFoundException.class)
                .hasMessage("no contact named 'Zelda'");
        assertThatThrownBy(() -> contacts.resolve("ott")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.resolve("%")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.resolve("_aul")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.resolve(" ")).isInstanceOf(ValidationException.class);
    }
}
