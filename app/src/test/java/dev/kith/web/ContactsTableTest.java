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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Contacts table's columns on both databases: where a search matched, days overdue, do not contact. */
class ContactsTableTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    @BothDatabases
    void eachRowSaysWhereTheSearchMatchedHowOverdueAndWhetherNotToContact(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long ada = book.contacts().add(ContactDraft.builder("Ada Lovelace").organization("Analytical Engines")
                .title("Analyst").email("ada@engines.example").tag("math").interest("poetry")
                .circle(Circle.INNER).build()).id();
        long charles = book.contacts().add(ContactDraft.builder("Charles Babbage").organization("Analytical Engines")
                .build()).id();
        long mary = book.contacts().add(ContactDraft.builder("Mary Somerville").notes("astronomy and physics")
                .build()).id();
        long quinn = book.contacts().add(ContactDraft.builder("Quinn Quiet").circle(Circle.INNER)
                .doNotContact(true).build()).id();
        log(book, ada, TODAY.minusDays(Circle.INNER.defaultCadenceDays() + 6), "coffee");
        log(book, mary, TODAY.minusDays(2), "talked about comets");
        log(book, quinn, TODAY.minusDays(Circle.INNER.defaultCadenceDays() + 30), "a last hello");

        Map<Long, ContactRow> all = rows(book, Map.of());
        assertThat(all.get(ada).daysOverdue()).isEqualTo(6);
        assertThat(all.get(ada).overdueText()).isEqualTo("6 days");
        assertThat(all.get(ada).matchedIn()).isEmpty();
        assertThat(all.get(quinn).doNotContact()).isTrue();
        assertThat(all.get(quinn).daysOverdue()).as("no one overdue who is not to be contacted").isZero();
        assertThat(all.get(quinn).overdueText()).isEmpty();
        assertThat(all.get(mary).daysOverdue()).isZero();
        assertThat(all.get(charles).doNotContact()).isFalse();

        assertThat(matched(book, "math")).containsExactly(Map.entry(ada, List.of("tag")));
        assertThat(matched(book, "poetry")).containsExactly(Map.entry(ada, List.of("interest")));
        assertThat(matched(book, "analyst")).containsExactly(Map.entry(ada, List.of("title")));
        assertThat(matched(book, "lovelace")).containsExactly(Map.entry(ada, List.of("name")));
        assertThat(matched(book, "astro")).containsExactly(Map.entry(mary, List.of("notes")));
        assertThat(matched(book, "comets")).containsExactly(Map.entry(mary, List.of("past interactions")));
        assertThat(matched(book, "engines")).containsOnly(Map.entry(ada, List.of("email", "organization")),
                Map.entry(charles, List.of("organization")));
        assertThat(matched(book, "ada@engines.example")).as("the index holds no addresses; a whole one is looked up")
                .containsExactly(Map.entry(ada, List.of("email")));
        assertThat(matched(book, "mary physics")).containsExactly(Map.entry(mary, List.of("name", "notes")));
        assertThat(matched(book, "mary comets")).containsExactly(Map.entry(mary, List.of("name", "past interactions")));
        // the sorted and filtered route reads the same columns
        assertThat(rows(book, Map.of("q", "engines", "sort", "name"))).extractingByKey(ada)
                .satisfies(r -> assertThat(r.matchedIn()).containsExactly("email", "organization"));
        assertThat(rows(book, Map.of("q", "math", "circle", "inner"))).extractingByKey(ada)
                .satisfies(r -> assertThat(r.daysOverdue()).isEqualTo(6));
    }

    private static void log(Kith book, long who, LocalDate on, String summary) {
        book.interactions().log(Interaction.draft(on, InteractionKind.COFFEE, Initiator.ME, null, summary,
                Exchange.NEUTRAL, false, List.of(who)));
    }

    private static Map<Long, ContactRow> rows(Kith book, Map<String, String> params) {
        Map<Long, ContactRow> byId = new HashMap<>();
        ContactQuery.from(params::get).run(book).rows().forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    private static Map<Long, List<String>> matched(Kith book, String q) {
        Map<Long, List<String>> out = new HashMap<>();
        rows(book, Map.of("q", q)).forEach((id, r) -> out.put(id, r.matchedIn()));
        return out;
    }
}
