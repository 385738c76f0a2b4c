package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;

class InboxTest {

    @BothDatabases
    void peopleIMailedWithBothWaysWhoAreNotContactsAreSuggested(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");
        ana.mbox("thunderbird.mbox");

        // not Frida (one way), not Erik (one of many), no list, bulk or no-reply sender, none of my addresses
        assertThat(ana.capture.inbox().list()).containsExactly(
                new NewPerson("gabriel@assoc.example", "Gabriel Roux", 2, 1, 1, LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 21), "1 message from them and 1 from you, the last on 2026-11-21"),
                new NewPerson("dana@startup.example", "Dana Fox", 2, 1, 1, LocalDate.of(2026, 11, 9),
                        LocalDate.of(2026, 11, 10), "1 message from them and 1 from you, the last on 2026-11-10"));
    }

    @BothDatabases
    void addingSomeoneCreatesTheContactWithTheMailAlreadySeen(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");

        InboxAddition dana = ana.capture.inbox().add("Dana@Startup.example");

        assertThat(dana.contact().name()).isEqualTo("Dana Fox");
        assertThat(dana.contact().emails()).containsExactly("Dana@Startup.example");
        assertThat(dana.interactions()).isEqualTo(2);
        assertThat(ana.with(dana.contact().id())).extracting(Interaction::date, Interaction::initiator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 9), Initiator.THEM),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 10), Initiator.ME));
        assertThat(ana.capture.inbox().list()).isEmpty();
        assertThat(ana.mbox("gmail-takeout.mbox").interactions()).isZero();
    }

    @BothDatabases
    void addingSomeoneIOweAReplyPutsItInTodaysQueue(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");

        InboxAddition frida = ana.capture.inbox().add("frida@museum.example");

        assertThat(ana.with(frida.contact().id())).singleElement()
                .satisfies(i -> assertThat(i.awaitingReply()).isTrue());
        assertThat(ana.capture.replies().owed()).filteredOn(o -> o.subject().equals("Visit to the archive"))
                .singleElement().satisfies(o -> assertThat(o.person().name()).isEqualTo("Frida Holm"));
    }

    @org.junit.jupiter.api.Test
    void namesWrittenFamilyFirstAreTurnedAround() {
        assertThat(Inbox.naturalOrder("Holm, Frida")).isEqualTo("Frida Holm");
        assertThat(Inbox.naturalOrder("Frida Holm")).isEqualTo("Frida Holm");
        assertThat(Inbox.naturalOrder("Holm, Frida, PhD")).isEqualTo("Holm, Frida, PhD");
        assertThat(Inbox.naturalOrder("Holm,")).isEqualTo("Holm,");
    }

    @BothDatabases
    void someoneIgnoredIsNeverSuggestedAgain(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");

        ana.capture.inbox().ignore("DANA@startup.example");

        assertThat(ana.capture.inbox().list()).isEmpty();
        assertThat(ana.mbox("thunderbird.mbox").newPeople()).isEqualTo(1);
        assertThat(ana.capture.inbox().list()).extracting(NewPerson::email).containsExactly("gabriel@assoc.example");
    }

    @BothDatabases
    void onlyStrangersSeenInMailCanBeAdded(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");
        Inbox inbox = ana.capture.inbox();

        assertThatThrownBy(() -> inbox.add("ana@home.example")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("one of your own addresses");
        assertThatThrownBy(() -> inbox.add("BEA@client.example")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already a contact");
        assertThatThrownBy(() -> inbox.add("nobody@nowhere.example")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.add("not an address")).isInstanceOf(ValidationException.class);
    }
}
