package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;

class MyAddressesTest {

    private static MyAddresses addresses(TestDatabase db, String bookName) {
        Kith book = Kith.open(db.database(), bookName, KithClock.fixed(MailBook.TODAY));
        return new Capture(db.database(), book.id(), book.clock(), book.contacts(), book.interactions(), book.search())
                .addresses();
    }

    @BothDatabases
    void myAddressesAreKeptAsEnteredOncePerBookIgnoringCase(TestDatabase db) {
        MyAddresses mine = addresses(db, "ana");
        MyAddresses other = addresses(db, "bo");

        mine.set(List.of(" Ana.Lima@Work.example ", "ana@home.example", "ANA@HOME.EXAMPLE"));
        mine.add("alias@work.example");
        mine.add("ALIAS@work.example");
        other.set(List.of("bo@x.example"));

        assertThat(mine.list()).containsExactly("ALIAS@work.example", "Ana.Lima@Work.example", "ana@home.example");
        assertThat(mine.keys()).containsExactlyInAnyOrder("alias@work.example", "ana@home.example",
                "ana.lima@work.example");
        assertThat(other.list()).containsExactly("bo@x.example");

        mine.remove("ana@HOME.example");
        mine.set(List.of("ana.lima@work.example"));
        assertThat(mine.list()).containsExactly("ana.lima@work.example");
    }

    @BothDatabases
    void onlyEmailAddressesAreAccepted(TestDatabase db) {
        MyAddresses mine = addresses(db, "ana");

        assertThatThrownBy(() -> mine.add("ana at work")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> mine.set(List.of("ok@x.example", " "))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> mine.remove("never@x.example")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not one of your addresses");
        assertThat(mine.list()).isEmpty();
    }
}
