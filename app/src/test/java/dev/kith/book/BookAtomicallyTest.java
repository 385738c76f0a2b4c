package dev.kith.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Initiator;
import dev.kith.milestones.MilestoneKind;
import dev.kith.network.TieKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

class BookAtomicallyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @BothDatabases
    void aFailureLeavesTheBookExactlyAsItWas(TestDatabase db) {
        Kith book = Kith.open(db.database(), "alice", KithClock.fixed(TODAY));
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").organization("Acme").tag("library").build());
        Contact bea = book.contacts().add(ContactDraft.builder("Bea Ortiz").build());
        book.interactions().log(Interaction.draft(TODAY.minusDays(3), InteractionKind.LUNCH, Initiator.ME, 60,
                "catch-up", null, false, List.of(ana.id())));
        Map<String, Integer> before = Tables.counts(db.database());

        assertThatThrownBy(() -> book.atomically(() -> {
            Contact carl = book.contacts().add(ContactDraft.builder("Carl Diaz").email("carl@x.test").organization("Globex")
                    .tag("board").interest("chess").phone("5").build());
            book.contacts().edit(ana.id(), ContactPatch.builder().name("Ana Souza").addTags(List.of("mentor")).build());
            book.contacts().changeJob(ana.id(), "Initech", "CTO", TODAY);
            book.contacts().archive(bea.id(), true);
            book.interactions().log(Interaction.draft(TODAY, InteractionKind.CALL, Initiator.ME, null, "plans",
                    null, false, List.of(ana.id(), carl.id())));
            book.milestones().add(carl.id(), MilestoneKind.AWARD, TODAY, "prize");
            book.ties().add(carl.id(), bea.id(), TieKind.KNOWS, null, null);
            book.tasks().add(carl.id(), "call", TODAY, null);
            book.setMe(carl.id());
            Kith.open(db.database(), "bob", KithClock.fixed(TODAY));
            return book.ties().add(carl.id(), carl.id(), TieKind.KNOWS, null, null);
        })).isInstanceOf(ValidationException.class);

        assertThat(Tables.counts(db.database())).isEqualTo(before);
        assertThat(book.contacts().get(ana.id())).isEqualTo(ana);
        assertThat(book.contacts().get(bea.id())).isEqualTo(bea);
        assertThat(book.me()).isEmpty();
        assertThat(book.contacts().organizations()).extracting("name").containsExactly("Acme");
        assertThat(book.search().search("souza", 5)).isEmpty();
        assertThat(book.search().search("lima", 5)).extracting("name").containsExactly("Ana Lima");
    }

    @BothDatabases
    void aSuccessfulBlockCommitsEverything(TestDatabase db) {
        Kith book = Kith.open(db.database(), "alice", KithClock.fixed(TODAY));
        long carl = book.atomically(() -> {
            long id = book.contacts().add(ContactDraft.builder("Carl Diaz").build()).id();
            book.tasks().add(id, "call", TODAY, null);
            return id;
        });
        assertThat(book.tasks().openDueBy(TODAY)).extracting("contactId").containsExactly(carl);
        assertThat(book.search().search("carl", 5)).hasSize(1);
    }

    @BothDatabases
    void aBlankBookNameIsRejected(TestDatabase db) {
        assertThatThrownBy(() -> Kith.open(db.database(), " ", KithClock.fixed(TODAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("book"));
    }
}
