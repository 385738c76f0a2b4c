package dev.kith.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactPatch;
import dev.kith.contacts.Circle;
import dev.kith.core.KithClock;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.search.SearchHit;
import dev.kith.store.BothDatabases;
import dev.kith.store.Database;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import dev.kith.tasks.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Two books in one database, with the same names, emails, tags and organizations: nothing leaks. */
class BookIsolationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final KithClock CLOCK = KithClock.fixed(TODAY);

    /** Alice's and Bob's books, each with an "Ana Lima" at "Acme" tagged "library", plus one person of their own. */
    private record Two(Database db, Kith alice, Kith bob, Contact aliceAna, Contact aliceJose, Contact bobAna,
                       Contact bobPaul) {
    }

    private static Two twoBooks(TestDatabase test) {
        Database db = test.database();
        Kith alice = Kith.open(db, "alice", CLOCK);
        Kith bob = Kith.open(db, "bob", CLOCK);
        Contact aliceAna = alice.contacts().add(ana("alice's ana, met at the PLA conference"));
        Contact aliceJose = alice.contacts().add(ContactDraft.builder("José Núñez").tag("library").build());
        Contact bobAna = bob.contacts().add(ana("bob's ana, sailing friend"));
        Contact bobPaul = bob.contacts().add(ContactDraft.builder("Paul Cottey").email("paul@globex.test")
                .organization("Globex").tag("library").interest("zeppelins").circle(Circle.INNER).build());
        return new Two(db, alice, bob, aliceAna, aliceJose, bobAna, bobPaul);
    }

    private static ContactDraft ana(String notes) {
        return ContactDraft.builder("Ana Lima").email("ana@acme.test").organization("Acme").title("CIO")
                .tag("library").interest("email migration").notes(notes).build();
    }

    private static Interaction lunch(long... people) {
        return Interaction.draft(TODAY.minusDays(2), InteractionKind.LUNCH, Initiator.ME, 60, "talked about zeppelins",
                Exchange.NEUTRAL, false, java.util.Arrays.stream(people).boxed().toList());
    }

    @BothDatabases
    void eachBookListsOnlyItsOwnContacts(TestDatabase test) {
        Two t = twoBooks(test);
        assertThat(t.alice().contacts().list(ContactFilter.ALL_ACTIVE)).extracting("id")
                .containsExactly(t.aliceAna().id(), t.aliceJose().id());
        assertThat(t.bob().contacts().list(ContactFilter.ALL_ACTIVE)).extracting("id")
                .containsExactly(t.bobAna().id(), t.bobPaul().id());
        assertThat(t.alice().contacts().list(new ContactFilter("library", null, true))).extracting("id")
                .containsExactly(t.aliceAna().id(), t.aliceJose().id());
        assertThat(t.alice().contacts().list(new ContactFilter(null, Circle.INNER, true))).isEmpty();
        assertThat(t.alice().contacts().organizations()).extracting("name").containsExactly("Acme");
        assertThat(t.bob().contacts().organizations()).extracting("name").containsExactly("Acme", "Globex");
        assertThat(t.alice().contacts().organization("Acme").id()).isNotEqualTo(t.bob().contacts().organization("Acme").id());
        assertThatThrownBy(() -> t.alice().contacts().organization("Globex")).isInstanceOf(NotFoundException.class);
    }

    @BothDatabases
    void lastInteractionInTheListCountsOnlyTheBooksOwnInteractions(TestDatabase test) {
        Two t = twoBooks(test);
        t.bob().interactions().log(lunch(t.bobAna().id()));
        assertThat(t.alice().contacts().list(ContactFilter.ALL_ACTIVE)).extracting("lastInteraction")
                .containsOnlyNulls();
    }

    @BothDatabases
    void searchFindsOnlyTheBooksOwnContacts(TestDatabase test) {
        Two t = twoBooks(test);
        t.bob().interactions().log(lunch(t.bobAna().id(), t.bobPaul().id()));
        t.bob().milestones().add(t.bobAna().id(), MilestoneKind.AWARD, TODAY, "won the quokka prize");

        assertThat(t.alice().search().search("ana lima", 10)).extracting(SearchHit::id).containsExactly(t.aliceAna().id());
        assertThat(t.bob().search().search("ana lima", 10)).extracting(SearchHit::id).containsExactly(t.bobAna().id());
        assertThat(t.alice().search().search("acme", 10)).extracting(SearchHit::id).containsExactly(t.aliceAna().id());
        assertThat(t.alice().search().search("library", 10)).extracting(SearchHit::id)
                .containsExactlyInAnyOrder(t.aliceAna().id(), t.aliceJose().id());
        for (String bobOnly : List.of("cottey", "globex", "zeppelins", "sailing", "quokka", "paul")) {
            assertThat(t.alice().search().search(bobOnly, 10)).as(bobOnly).isEmpty();
        }
        assertThat(t.bob().search().search("pla conference", 10)).isEmpty();
        assertThat(t.bob().search().search("nunez", 10)).isEmpty();

        t.alice().search().reindexAll();
        assertThat(t.bob().search().search("quokka", 10)).extracting(SearchHit::id).containsExactly(t.bobAna().id());
        assertThat(t.bob().search().search("library", 10)).hasSize(2);
    }

    @BothDatabases
    void resolvingByNameOrIdStaysInTheBook(TestDatabase test) {
        Two t = twoBooks(test);
        assertThat(t.alice().contacts().resolve("Ana Lima").id()).isEqualTo(t.aliceAna().id());
        assertThat(t.bob().contacts().resolve("ana lima").id()).isEqualTo(t.bobAna().id());
        assertThat(t.alice().contacts().resolve("Ana").id()).isEqualTo(t.aliceAna().id());
        assertThat(t.alice().contacts().resolve("Lim").id()).isEqualTo(t.aliceAna().id());
        assertThat(t.alice().contacts().resolve(String.valueOf(t.aliceAna().id())).id()).isEqualTo(t.aliceAna().id());

        for (String other : List.of("Paul Cottey", "Cott", "Paul", String.valueOf(t.bobPaul().id()), "#" + t.bobPaul().id(),
                String.valueOf(t.bobAna().id()))) {
            assertThatThrownBy(() -> t.alice().contacts().resolve(other)).as(other).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> t.bob().contacts().resolve("jose")).isInstanceOf(NotFoundException.class);
    }

    @BothDatabases
    void anotherBooksContactIdIsNotFound(TestDatabase test) {
        Two t = twoBooks(test);
        var contacts = t.alice().contacts();
        long bobs = t.bobPaul().id();
        Map<String, Integer> before = Tables.counts(t.db());

        assertThatThrownBy(() -> contacts.get(bobs)).isInstanceOf(NotFoundException.class);
        assertThat(contacts.find(bobs)).isEmpty();
        assertThat(contacts.getAll(List.of(bobs, t.aliceAna().id(), t.bobAna().id()))).extracting("id")
                .containsExactly(t.aliceAna().id());
        assertThatThrownBy(() -> contacts.edit(bobs, ContactPatch.builder().name("Hijacked").build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.edit(bobs, ContactPatch.builder().addTags(List.of("x")).build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.changeJob(bobs, "Initech", "CTO", TODAY)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.archive(bobs, true)).isInstanceOf(NotFoundException.class);

        assertThat(Tables.counts(t.db())).isEqualTo(before);
        assertThat(t.bob().contacts().get(bobs)).isEqualTo(t.bobPaul());
    }

    @BothDatabases
    void interactionsMilestonesTiesAndTasksAreQueriedPerBook(TestDatabase test) {
        Two t = twoBooks(test);
        Kith bob = t.bob();
        Kith alice = t.alice();
        long ana = t.bobAna().id();
        long paul = t.bobPaul().id();
        Interaction logged = bob.interactions().log(Interaction.draft(TODAY.minusDays(1), InteractionKind.EMAIL,
                Initiator.THEM, null, "zeppelin question", Exchange.ASKED, true, List.of(ana, paul)));
        var milestone = bob.milestones().add(ana, MilestoneKind.PROMOTION, TODAY.minusDays(3), "now CIO");
        var tie = bob.ties().add(ana, paul, TieKind.COLLEAGUE, null, TieSource.MANUAL);
        var task = bob.tasks().add(paul, "send the article", TODAY, null);

        assertThat(alice.interactions().withContact(ana, 10)).isEmpty();
        assertThat(alice.interactions().awaitingReply()).isEmpty();
        assertThat(alice.interactions().between(TODAY.minusYears(1), TODAY.plusYears(1))).isEmpty();
        assertThat(alice.interactions().find(logged.id())).isEmpty();
        assertThatThrownBy(() -> alice.interactions().get(logged.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> alice.interactions().markReplied(logged.id())).isInstanceOf(NotFoundException.class);

        assertThat(alice.milestones().ofContact(ana)).isEmpty();
        assertThat(alice.milestones().between(TODAY.minusYears(1), TODAY.plusYears(1))).isEmpty();
        assertThat(alice.milestones().find(milestone.id())).isEmpty();
        assertThatThrownBy(() -> alice.milestones().acknowledge(milestone.id())).isInstanceOf(NotFoundException.class);

        assertThat(alice.ties().all()).isEmpty();
        assertThat(alice.ties().ofContact(ana)).isEmpty();

        assertThat(alice.tasks().openDueBy(TODAY.plusYears(1))).isEmpty();
        assertThat(alice.tasks().ofContact(paul)).isEmpty();
        assertThatThrownBy(() -> alice.tasks().get(task.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> alice.tasks().setStatus(task.id(), TaskStatus.DONE)).isInstanceOf(NotFoundException.class);

        assertThat(bob.interactions().awaitingReply()).extracting("id").containsExactly(logged.id());
        assertThat(bob.milestones().get(milestone.id()).acknowledged()).isFalse();
        assertThat(bob.ties().all()).containsExactly(tie);
        assertThat(bob.tasks().get(task.id()).status()).isEqualTo(TaskStatus.OPEN);
    }

    @BothDatabases
    void writingWithAnotherBooksContactIsRejected(TestDatabase test) {
        Two t = twoBooks(test);
        Kith alice = t.alice();
        long mine = t.aliceAna().id();
        long bobs = t.bobAna().id();
        Map<String, Integer> before = Tables.counts(t.db());

        assertThatThrownBy(() -> alice.interactions().log(lunch(bobs))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> alice.interactions().log(lunch(mine, bobs))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> alice.ties().add(mine, bobs, TieKind.KNOWS, null, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> alice.ties().add(bobs, t.bobPaul().id(), TieKind.KNOWS, null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> alice.milestones().add(bobs, MilestoneKind.AWARD, TODAY, "x"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> alice.tasks().add(bobs, "call", TODAY, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> alice.contacts().add(ContactDraft.builder("Eve").metThroughId(bobs).build()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> alice.contacts().edit(mine, ContactPatch.builder().metThroughId(bobs).build()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> alice.setMe(bobs)).isInstanceOf(NotFoundException.class);

        assertThat(Tables.counts(t.db())).isEqualTo(before);
        assertThat(alice.me()).isEmpty();
        assertThat(alice.contacts().get(mine)).isEqualTo(t.aliceAna());
    }

    @BothDatabases
    void meIsPerBook(TestDatabase test) {
        Two t = twoBooks(test);
        t.alice().setMe(t.aliceJose().id());
        assertThat(t.alice().me()).contains(t.aliceJose().id());
        assertThat(t.bob().me()).isEmpty();
        assertThat(Kith.open(t.db(), "alice", CLOCK).me()).contains(t.aliceJose().id());
        assertThat(Kith.open(t.db(), "alice", CLOCK).id()).isEqualTo(t.alice().id());
        assertThat(t.bob().contacts().list(ContactFilter.ALL_ACTIVE)).hasSize(2);
    }

    @BothDatabases
    void rawRowsMixingBooksFailOnTheCompositeForeignKeys(TestDatabase test) {
        Two t = twoBooks(test);
        Database db = t.db();
        long aliceBook = t.alice().id();
        long bobBook = t.bob().id();
        long interaction = t.alice().interactions().log(lunch(t.aliceAna().id())).id();
        Map<String, Integer> before = Tables.counts(db);

        assertForeignKeyFails(db, "INSERT INTO interaction_people (book_id, interaction_id, contact_id, occurred_on, kind, initiator)"
                        + " VALUES (:a, :b, :c, '2026-11-24', 'lunch', 'me')",
                aliceBook, interaction, t.bobAna().id());
        assertForeignKeyFails(db, "INSERT INTO interaction_people (book_id, interaction_id, contact_id, occurred_on, kind, initiator)"
                        + " VALUES (:a, :b, :c, '2026-11-24', 'lunch', 'me')",
                bobBook, interaction, t.bobAna().id());
        assertForeignKeyFails(db, "INSERT INTO ties (book_id, from_id, to_id, kind) VALUES (:a, :b, :c, 'knows')",
                aliceBook, t.aliceAna().id(), t.bobAna().id());
        assertForeignKeyFails(db, "INSERT INTO ties (book_id, from_id, to_id, kind) VALUES (:a, :b, :c, 'knows')",
                bobBook, t.aliceAna().id(), t.bobAna().id());
        assertForeignKeyFails(db, "INSERT INTO milestones (book_id, contact_id, kind, occurred_on) VALUES (:a, :b, 'award', '2026-11-24')",
                aliceBook, t.bobAna().id(), 0);
        assertForeignKeyFails(db, "INSERT INTO tasks (book_id, contact_id, kind, due_on) VALUES (:a, :b, 'call', '2026-11-24')",
                aliceBook, t.bobAna().id(), 0);
        assertForeignKeyFails(db, "UPDATE books SET me_contact_id = :b WHERE id = :a", aliceBook, t.bobAna().id(), 0);
        assertForeignKeyFails(db, "UPDATE contacts SET met_through_id = :b WHERE book_id = :a AND id = :c",
                aliceBook, t.bobAna().id(), t.aliceAna().id());

        assertThat(Tables.counts(db)).isEqualTo(before);
        assertThat(t.alice().me()).isEmpty();
        assertThat(t.alice().contacts().get(t.aliceAna().id()).howMet().throughId()).isNull();
    }

    private static void assertForeignKeyFails(Database db, String sql, long a, long b, long c) {
        assertThatThrownBy(() -> db.update(h -> {
            var statement = h.createUpdate(sql).bind("a", a).bind("b", b);
            if (sql.contains(":c")) {
                statement.bind("c", c);
            }
            statement.execute();
        })).as(sql).isInstanceOf(UnableToExecuteStatementException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("foreign key"));
    }
}
