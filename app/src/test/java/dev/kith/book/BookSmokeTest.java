package dev.kith.book;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactFilter;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

class BookSmokeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @BothDatabases
    void aContactWithAnInteractionIsListedAndFound(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        var ana = book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.test").organization("Acme")
                .title("CIO").tag("library").interest("email migration").build());
        book.interactions().log(Interaction.draft(TODAY.minusDays(3), InteractionKind.LUNCH, Initiator.ME, 60,
                "Talked about the Exchange rollout", Exchange.NEUTRAL, false, List.of(ana.id())));

        var list = book.contacts().list(ContactFilter.ALL_ACTIVE);
        assertThat(list).singleElement().satisfies(s -> {
            assertThat(s.organization()).isEqualTo("Acme");
            assertThat(s.lastInteraction()).isEqualTo(TODAY.minusDays(3));
        });
        assertThat(book.search().search("rollout", 10)).extracting("name").containsExactly("Ana Lima");
        assertThat(book.search().search("migr", 10)).extracting("matchedIn").containsExactly("topics");
    }
}
