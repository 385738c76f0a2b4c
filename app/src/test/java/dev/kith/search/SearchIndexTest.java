package dev.kith.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

class SearchIndexTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Kith book(TestDatabase db) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
    }

    private static List<String> names(Kith book, String query) {
        return book.search().search(query, 20).stream().map(SearchHit::name).toList();
    }

    @BothDatabases
    void everyRememberedFieldIsSearchableAndNamedInMatchedIn(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").organization("Acme").title("Archivist")
                .tag("cataloging").interest("email migration").notes("Loves sailing")
                .howMet("Met at the Quokka conference").location("Lisbon").build());
        book.contacts().changeJob(ana.id(), "Globex", "Director", TODAY);
        book.interactions().log(Interaction.draft(TODAY.minusDays(1), InteractionKind.CALL, Initiator.ME, null,
                "Discussed the Exchange rollout", Exchange.NEUTRAL, false, List.of(ana.id())));
        book.milestones().add(ana.id(), MilestoneKind.TALK_GIVEN, TODAY, "Keynote at Code4Lib");

        Map<String, String> expected = Map.ofEntries(
                Map.entry("lima", "name"), Map.entry("ana", "name"),
                Map.entry("globex", "organization"), Map.entry("acme", "organization"),
                Map.entry("director", "organization"), Map.entry("archivist", "organization"),
                Map.entry("cataloging", "topics"), Map.entry("migration", "topics"),
                Map.entry("sailing", "notes"), Map.entry("quokka", "notes"), Map.entry("lisbon", "notes"),
                Map.entry("rollout", "activity"), Map.entry("code4lib", "activity"));
        expected.forEach((query, field) -> assertThat(book.search().search(query, 5)).as(query)
                .extracting("id", "matchedIn").containsExactly(tuple(ana.id(), field)));
        assertThat(book.search().search("acme", 5)).singleElement().extracting("organization").isEqualTo("Globex");
    }

    @BothDatabases
    void wordsMatchAsPrefixesIgnoringCaseAndAccents(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("José Núñez").interest("Email Migration").build());
        book.contacts().add(ContactDraft.builder("Nunzio Bellini").build());
        for (String query : List.of("nunez", "NÚÑEZ", "núñez", "Núñe", "jose", "JOSÉ", "migr", "Migration", "email-migr")) {
            assertThat(names(book, query)).as(query).containsExactly("José Núñez");
        }
        assertThat(names(book, "Núñ")).containsExactlyInAnyOrder("José Núñez", "Nunzio Bellini");
        assertThat(names(book, "nun")).containsExactlyInAnyOrder("José Núñez", "Nunzio Bellini");
        assertThat(names(book, "gration")).isEmpty();
    }

    @BothDatabases
    void everyWordMustMatch(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Ana Lima").notes("sailing").build());
        book.contacts().add(ContactDraft.builder("Ana Souza").notes("chess").build());
        assertThat(names(book, "ana")).containsExactlyInAnyOrder("Ana Lima", "Ana Souza");
        assertThat(names(book, "ana sailing")).containsExactly("Ana Lima");
        assertThat(names(book, "sail, ana!")).containsExactly("Ana Lima");
        assertThat(names(book, "ana golf")).isEmpty();
    }

    @BothDatabases
    void nameMatchesRankFirst(TestDatabase db) {
        Kith book = book(db);
        Contact other = book.contacts().add(ContactDraft.builder("Bea Ortiz").notes("introduced me to rivera")
                .tag("rivera").build());
        book.interactions().log(Interaction.draft(TODAY, InteractionKind.EMAIL, Initiator.ME, null,
                "rivera rivera rivera", null, false, List.of(other.id())));
        book.contacts().add(ContactDraft.builder("Carl Diaz").organization("Rivera Consulting").build());
        book.contacts().add(ContactDraft.builder("Maria Rivera").build());

        List<SearchHit> hits = book.search().search("rivera", 10);
        assertThat(hits).extracting("name").first().isEqualTo("Maria Rivera");
        assertThat(hits).extracting("matchedIn").first().isEqualTo("name");
        assertThat(hits).extracting("name", "matchedIn").containsExactlyInAnyOrder(tuple("Maria Rivera", "name"),
                tuple("Carl Diaz", "organization"), tuple("Bea Ortiz", "topics"));
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(book.search().search("rivera", 1)).hasSize(1);
    }

    @BothDatabases
    void archivedContactsAreFlagged(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").build());
        book.contacts().add(ContactDraft.builder("Ana Souza").build());
        book.contacts().archive(ana.id(), true);
        assertThat(book.search().search("ana", 10)).extracting("name", "archived")
                .containsExactlyInAnyOrder(tuple("Ana Lima", true), tuple("Ana Souza", false));
    }

    @BothDatabases
    void aPageCountsEveryActiveMatchBeyondItsHitsLeavingOutArchivedPeopleAndMe(TestDatabase db) {
        Kith book = book(db);
        for (int i = 0; i < 12; i++) {
            book.contacts().add(ContactDraft.builder("Ana Person" + (char) ('a' + i)).build());
        }
        Contact archived = book.contacts().add(ContactDraft.builder("Ana Archived").build());
        book.contacts().archive(archived.id(), true);
        Contact me = book.contacts().add(ContactDraft.builder("Ana Myself").build());
        book.setMe(me.id());
        book.contacts().add(ContactDraft.builder("Bo Other").build());
        Kith.open(db.database(), "other", KithClock.fixed(TODAY)).contacts()
                .add(ContactDraft.builder("Ana Elsewhere").build());

        SearchIndex.Page page = book.search().page("ana", 5);

        assertThat(page.hits()).extracting(SearchHit::name)
                .containsExactly("Ana Persona", "Ana Personb", "Ana Personc", "Ana Persond", "Ana Persone");
        assertThat(page.total()).isEqualTo(12);
        assertThat(book.search().page("ana", 50).hits()).hasSize(12).extracting(SearchHit::name)
                .doesNotContain("Ana Archived", "Ana Myself");
        assertThat(book.search().search("ana", 50)).hasSize(14);
        assertThat(book.search().page("zebra", 5)).isEqualTo(new SearchIndex.Page(List.of(), 0));

        book.contacts().archive(archived.id(), false);
        assertThat(book.search().page("ana", 5).total()).as("after a change").isEqualTo(13);
    }

    @BothDatabases
    void tiersComeFirstThenNames(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Aaron Abbott").notes("met via Rivera").build());
        book.interactions().log(Interaction.draft(TODAY, InteractionKind.EMAIL, Initiator.ME, null,
                "asked Rivera about the grant", null, false, List.of(
                        book.contacts().add(ContactDraft.builder("Aaron Activity").build()).id())));
        book.contacts().add(ContactDraft.builder("Zoe Rivera").build());
        book.contacts().add(ContactDraft.builder("Yan Rivera").build());
        book.contacts().add(ContactDraft.builder("Abe Ortiz").organization("Rivera Labs").build());
        book.contacts().add(ContactDraft.builder("Abe Nunes").tag("rivera-fans").build());

        List<SearchHit> hits = book.search().search("rivera", 10);

        assertThat(hits).extracting(SearchHit::name, SearchHit::matchedIn, SearchHit::score).containsExactly(
                tuple("Yan Rivera", "name", 4.0), tuple("Zoe Rivera", "name", 4.0),
                tuple("Abe Nunes", "topics", 3.0), tuple("Abe Ortiz", "organization", 3.0),
                tuple("Aaron Abbott", "notes", 2.0), tuple("Aaron Activity", "activity", 1.0));
        assertThat(book.search().search("rivera", 3)).extracting(SearchHit::name)
                .containsExactly("Yan Rivera", "Zoe Rivera", "Abe Nunes");
    }

    @BothDatabases
    void aTierOfHundredsIsReadInNameOrder(TestDatabase db) {
        Kith book = book(db);
        List<ContactDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            drafts.add(ContactDraft.builder(String.format("Person %03d", (i * 3) % 700)).organization("Tulsa Library")
                    .build());
        }
        drafts.forEach(book.contacts()::add);
        book.contacts().add(ContactDraft.builder("Library Lee").build());
        Contact archived = book.contacts().add(ContactDraft.builder("Person 000 Junior").organization("Library")
                .build());
        book.contacts().archive(archived.id(), true);

        SearchIndex.Page page = book.search().page("libr", 4);

        assertThat(page.hits()).extracting(SearchHit::name)
                .containsExactly("Library Lee", "Person 000", "Person 001", "Person 002");
        assertThat(page.total()).isEqualTo(701);
        assertThat(book.search().search("libr", 3)).extracting(SearchHit::name)
                .containsExactly("Library Lee", "Person 000", "Person 000 Junior");
    }

    @BothDatabases
    void aQueryWithoutLettersOrDigitsIsRejected(TestDatabase db) {
        Kith book = book(db);
        for (String query : List.of("", "  ", "!!!", "\"*:&|()", "-- ;")) {
            assertThatThrownBy(() -> book.search().search(query, 10)).as(query)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("query"));
        }
        assertThatThrownBy(() -> book.search().search("ana", 0)).isInstanceOf(ValidationException.class);
    }

    @BothDatabases
    void queriesThatLookLikeEngineSyntaxAreJustWords(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Ana Lima").notes("not or and near").build());
        assertThat(names(book, "NOT")).containsExactly("Ana Lima");
        assertThat(names(book, "ana OR bob")).isEmpty();
        assertThat(names(book, "near*")).containsExactly("Ana Lima");
        assertThat(names(book, "\"ana\" & lima:*")).containsExactly("Ana Lima");
    }

    @BothDatabases
    void theIndexFollowsEdits(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").tag("board").notes("sailing").build());

        book.contacts().edit(ana.id(), ContactPatch.builder().name("Ana Souza").removeTags(List.of("board"))
                .addTags(List.of("mentor")).notes("").build());

        assertThat(names(book, "lima")).isEmpty();
        assertThat(names(book, "board")).isEmpty();
        assertThat(names(book, "sailing")).isEmpty();
        assertThat(names(book, "souza")).containsExactly("Ana Souza");
        assertThat(names(book, "mentor")).containsExactly("Ana Souza");
        assertThat(book.contacts().get(ana.id())).extracting("givenName", "familyName").containsExactly("Ana", "Souza");
    }

    @BothDatabases
    void deferringReindexesAtTheEndOfTheWork(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.search().deferring(() -> {
            Contact added = book.contacts().add(ContactDraft.builder("Ana Lima").build());
            book.contacts().edit(added.id(), ContactPatch.builder().name("Ana Souza").build());
            book.interactions().log(Interaction.draft(TODAY, InteractionKind.CALL, Initiator.ME, null,
                    "zeppelin plans", null, false, List.of(added.id())));
            assertThat(names(book, "ana")).as("not indexed before the work ends").isEmpty();
            assertThat(book.search().deferring(() -> names(book, "souza"))).as("nested deferring joins").isEmpty();
            return added;
        });
        assertThat(names(book, "souza")).containsExactly("Ana Souza");
        assertThat(names(book, "zeppelin")).containsExactly("Ana Souza");
        assertThat(names(book, "lima")).isEmpty();
        assertThat(db.database().<Integer>read(h -> h.createQuery("SELECT count(*) FROM contact_search")
                .mapTo(Integer.class).one())).isEqualTo(1);
        assertThat(ana.name()).isEqualTo("Ana Lima");
    }

    @BothDatabases
    void aFailureInsideDeferringRollsBackTheDataAndTheIndex(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").build());
        Map<String, Integer> before = Tables.counts(db.database());

        assertThatThrownBy(() -> book.search().deferring(() -> {
            book.contacts().add(ContactDraft.builder("Bea Ortiz").build());
            book.contacts().edit(ana.id(), ContactPatch.builder().name("Ana Souza").build());
            throw new IllegalStateException("import failed");
        })).hasMessage("import failed");

        assertThat(Tables.counts(db.database())).isEqualTo(before);
        assertThat(names(book, "lima")).containsExactly("Ana Lima");
        assertThat(names(book, "souza")).isEmpty();
        assertThat(names(book, "bea")).isEmpty();
        book.contacts().add(ContactDraft.builder("Carl Diaz").build());
        assertThat(names(book, "carl")).as("reindexing works again after the failure").containsExactly("Carl Diaz");
    }

    @BothDatabases
    void reindexAllRebuildsTheBook(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Ana Lima").build());
        book.contacts().add(ContactDraft.builder("Bea Ortiz").build());
        db.database().update(h -> h.createUpdate("DELETE FROM contact_search").execute());
        assertThat(names(book, "ana")).isEmpty();
        book.search().reindexAll();
        assertThat(names(book, "ana")).containsExactly("Ana Lima");
        assertThat(names(book, "bea")).containsExactly("Bea Ortiz");
    }
}
