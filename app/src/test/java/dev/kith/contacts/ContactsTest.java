package dev.kith.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;

class ContactsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Kith book(TestDatabase db) {
        return Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
    }

    @BothDatabases
    void aContactWithEveryFieldRoundTrips(TestDatabase db) {
        Kith book = book(db);
        Contact bea = book.contacts().add(ContactDraft.builder("Bea Ortiz").build());
        Contact ana = book.contacts().add(ContactDraft.builder("  Ana   María Lima ")
                .email("ana@acme.test").email("ANA.LIMA@home.test").email("ana@ACME.test")
                .phone("+1 555 0100").phone("+1 555 0199")
                .organization(" Acme ").title("CIO").location("Lisbon")
                .linkedinUrl("linkedin.com/in/analima").website("https://ana.example")
                .tag("Library").tag("open  source").interest("Email Migration")
                .howMet("PLA conference").metThroughId(bea.id()).firstMet(LocalDate.of(2019, 3, 7))
                .circle(Circle.CLOSE).cadenceDays(21).doNotContact(true).notes("Prefers mornings").build());

        Contact stored = book.contacts().get(ana.id());
        assertThat(stored).isEqualTo(ana);
        assertThat(stored.name()).isEqualTo("Ana María Lima");
        assertThat(stored.givenName()).isEqualTo("Ana María");
        assertThat(stored.familyName()).isEqualTo("Lima");
        assertThat(stored.emails()).containsExactly("ana@acme.test", "ANA.LIMA@home.test");
        assertThat(stored.phones()).containsExactly("+1 555 0100", "+1 555 0199");
        assertThat(stored.jobs()).singleElement().satisfies(job -> {
            assertThat(job.organization()).isEqualTo("Acme");
            assertThat(job.title()).isEqualTo("CIO");
            assertThat(job.start()).isNull();
            assertThat(job.current()).isTrue();
        });
        assertThat(stored.location()).isEqualTo("Lisbon");
        assertThat(stored.linkedinUrl()).isEqualTo("https://linkedin.com/in/analima");
        assertThat(stored.website()).isEqualTo("https://ana.example");
        assertThat(stored.tags()).containsExactly("library", "open source");
        assertThat(stored.interests()).containsExactly("Email Migration");
        assertThat(stored.howMet()).isEqualTo(new HowMet("PLA conference", bea.id(), "Bea Ortiz", LocalDate.of(2019, 3, 7)));
        assertThat(stored.circle()).isEqualTo(Circle.CLOSE);
        assertThat(stored.cadenceDays()).isEqualTo(21);
        assertThat(stored.doNotContact()).isTrue();
        assertThat(stored.archived()).isFalse();
        assertThat(stored.notes()).isEqualTo("Prefers mornings");
        assertThat(stored.createdOn()).isEqualTo(TODAY);
        assertThat(book.contacts().organization("ACME").name()).isEqualTo("Acme");
    }

    @BothDatabases
    void aMinimalContactHasEmptyListsAndDefaults(TestDatabase db) {
        Contact cher = book(db).contacts().add(ContactDraft.builder("Cher").build());
        assertThat(cher.givenName()).isEqualTo("Cher");
        assertThat(cher.familyName()).isNull();
        assertThat(cher.emails()).isEmpty();
        assertThat(cher.jobs()).isEmpty();
        assertThat(cher.howMet()).isEqualTo(HowMet.UNKNOWN);
        assertThat(cher.circle()).isEqualTo(Circle.NETWORK);
        assertThat(cher.cadenceDays()).isNull();
        assertThat(cher.effectiveCadenceDays(dev.kith.contacts.Cadences.DEFAULTS)).isEqualTo(90);
    }

    @BothDatabases
    void givenAndFamilyNamesAreSplitFromTheDisplayNameUnlessGiven(TestDatabase db) {
        Contacts contacts = book(db).contacts();
        assertThat(contacts.add(ContactDraft.builder("Lima, Ana").build())).extracting("givenName", "familyName")
                .containsExactly("Ana", "Lima");
        assertThat(contacts.add(ContactDraft.builder("Mary Ann van Dyke").build())).extracting("givenName", "familyName")
                .containsExactly("Mary Ann van", "Dyke");
        assertThat(contacts.add(ContactDraft.builder("Mary Ann van Dyke").givenName("Mary Ann").familyName("van Dyke")
                .build())).extracting("givenName", "familyName").containsExactly("Mary Ann", "van Dyke");
    }

    @BothDatabases
    void editChangesFieldsAndAddsAndRemovesListValues(TestDatabase db) {
        Kith book = book(db);
        Contact bea = book.contacts().add(ContactDraft.builder("Bea Ortiz").build());
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.test").phone("1")
                .tag("library").tag("board").interest("cataloging").build());

        Contact edited = book.contacts().edit(ana.id(), ContactPatch.builder()
                .name("Ana L. Souza").location("Porto").howMet("through Bea").metThroughId(bea.id())
                .firstMet(LocalDate.of(2020, 1, 2)).circle(Circle.INNER).cadenceDays(7).doNotContact(true)
                .notes("  New notes ").website("souza.example")
                .addEmails(List.of("ana@souza.test", "ANA@ACME.TEST")).removeEmails(List.of("Ana@Acme.test"))
                .addPhones(List.of("2")).removePhones(List.of("1"))
                .addTags(List.of("Mentor")).removeTags(List.of("board"))
                .addInterests(List.of("open data")).removeInterests(List.of("cataloging")).build());

        assertThat(edited).isEqualTo(book.contacts().get(ana.id()));
        assertThat(edited.name()).isEqualTo("Ana L. Souza");
        assertThat(edited.location()).isEqualTo("Porto");
        assertThat(edited.howMet()).isEqualTo(new HowMet("through Bea", bea.id(), "Bea Ortiz", LocalDate.of(2020, 1, 2)));
        assertThat(edited.circle()).isEqualTo(Circle.INNER);
        assertThat(edited.cadenceDays()).isEqualTo(7);
        assertThat(edited.doNotContact()).isTrue();
        assertThat(edited.notes()).isEqualTo("New notes");
        assertThat(edited.website()).isEqualTo("https://souza.example");
        assertThat(edited.emails()).containsExactly("ana@souza.test");
        assertThat(edited.phones()).containsExactly("2");
        assertThat(edited.tags()).containsExactly("library", "mentor");
        assertThat(edited.interests()).containsExactly("open data");

        Contact cleared = book.contacts().edit(ana.id(), ContactPatch.builder().clearCadence(true).build());
        assertThat(cleared.cadenceDays()).isNull();
        assertThat(cleared.effectiveCadenceDays(dev.kith.contacts.Cadences.DEFAULTS)).isEqualTo(14);
    }

    @BothDatabases
    void anEmptyStringClearsText(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").location("Lisbon").notes("n")
                .howMet("at PLA").website("ana.example").linkedinUrl("linkedin.com/in/ana").build());

        Contact cleared = book.contacts().edit(ana.id(), ContactPatch.builder().location("").notes("")
                .howMet(" ").website("").linkedinUrl("").build());

        assertThat(cleared.location()).isNull();
        assertThat(cleared.notes()).isNull();
        assertThat(cleared.howMet().text()).isNull();
        assertThat(cleared.website()).isNull();
        assertThat(cleared.linkedinUrl()).isNull();
        assertThat(ContactPatch.builder().website("").build().isEmpty()).isFalse();
    }

    @BothDatabases
    void editingNothingLeavesTheContactAsItWas(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").location("Lisbon").organization("Acme")
                .title("CIO").website("ana.example").build());
        assertThat(ContactPatch.builder().build().isEmpty()).isTrue();
        assertThat(book.contacts().edit(ana.id(), ContactPatch.builder().build())).isEqualTo(ana);
    }

    @BothDatabases
    void anOrganizationOrTitleChangeKeepsADatedJobHistory(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").organization("Acme").title("CIO").build());

        Contact moved = book.contacts().edit(ana.id(), ContactPatch.builder().organization("Globex").build());
        assertThat(moved.jobs()).extracting("organization", "title", "start", "end").containsExactly(
                tuple("Globex", "CIO", TODAY, null),
                tuple("Acme", "CIO", null, TODAY));
        assertThat(moved.currentJob()).get().extracting("organization").isEqualTo("Globex");

        assertThat(book.contacts().changeJob(ana.id(), "GLOBEX", "cio", TODAY.plusDays(3))).isEmpty();
        assertThat(book.contacts().edit(ana.id(), ContactPatch.builder().organization("globex").build()).jobs()).hasSize(2);

        LocalDate later = TODAY.plusDays(10);
        assertThat(book.contacts().changeJob(ana.id(), "Initech", "CTO", later)).get()
                .extracting("organization", "title", "start", "end").containsExactly("Initech", "CTO", later, null);
        assertThat(book.contacts().get(ana.id()).jobs()).extracting("organization", "title", "start", "end")
                .containsExactly(tuple("Initech", "CTO", later, null), tuple("Globex", "CIO", TODAY, later),
                        tuple("Acme", "CIO", null, TODAY));

        Contact retitled = book.contacts().edit(ana.id(), ContactPatch.builder().title("").build());
        assertThat(retitled.currentJob()).get().extracting("organization", "title").containsExactly("Initech", null);

        Contact jobless = book.contacts().edit(ana.id(), ContactPatch.builder().organization("").build());
        assertThat(jobless.currentJob()).isEmpty();
        assertThat(jobless.jobs()).hasSize(4).allSatisfy(j -> assertThat(j.end()).isNotNull());
        assertThat(book.contacts().organizations()).extracting("name").containsExactly("Acme", "Globex", "Initech");
    }

    @BothDatabases
    void aFirstJobForSomeoneWithoutOneHasNoStartDate(TestDatabase db) {
        Kith book = book(db);
        Contact bea = book.contacts().add(ContactDraft.builder("Bea Ortiz").build());
        assertThat(book.contacts().changeJob(bea.id(), null, null, TODAY)).isEmpty();
        assertThat(book.contacts().changeJob(bea.id(), "Acme", null, TODAY)).get()
                .extracting("organization", "title", "start").containsExactly("Acme", null, null);
    }

    @BothDatabases
    void anArchivedContactIsLeftOutOfTheListUnlessAsked(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").build());
        Contact bea = book.contacts().add(ContactDraft.builder("Bea Ortiz").build());
        book.contacts().archive(ana.id(), true);

        assertThat(book.contacts().list(ContactFilter.ALL_ACTIVE)).extracting("id").containsExactly(bea.id());
        assertThat(book.contacts().list(new ContactFilter(null, null, true))).extracting("name", "archived")
                .containsExactly(tuple("Ana Lima", true), tuple("Bea Ortiz", false));
        assertThat(book.contacts().get(ana.id()).archived()).isTrue();

        book.contacts().archive(ana.id(), false);
        assertThat(book.contacts().list(ContactFilter.ALL_ACTIVE)).hasSize(2);
    }

    @BothDatabases
    void theListFiltersByTagAndCircle(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Ana Lima").tag("library").circle(Circle.INNER).build());
        book.contacts().add(ContactDraft.builder("Bea Ortiz").tag("library").tag("board").build());
        book.contacts().add(ContactDraft.builder("Carl Diaz").tag("board").circle(Circle.INNER).build());

        assertThat(book.contacts().list(new ContactFilter(" Library ", null, false))).extracting("name")
                .containsExactly("Ana Lima", "Bea Ortiz");
        assertThat(book.contacts().list(new ContactFilter(null, Circle.INNER, false))).extracting("name")
                .containsExactly("Ana Lima", "Carl Diaz");
        assertThat(book.contacts().list(new ContactFilter("board", Circle.INNER, false))).extracting("name")
                .containsExactly("Carl Diaz");
        assertThat(book.contacts().list(new ContactFilter("nothing", null, true))).isEmpty();
    }

    @BothDatabases
    void theEffectiveCadenceComesFromTheCircleUnlessThePersonHasOne(TestDatabase db) {
        Kith book = book(db);
        for (Circle circle : Circle.values()) {
            book.contacts().add(ContactDraft.builder("Person " + circle.code()).circle(circle).build());
        }
        book.contacts().add(ContactDraft.builder("Zed Override").circle(Circle.ACQUAINTANCE).cadenceDays(45).build());

        assertThat(book.contacts().list(ContactFilter.ALL_ACTIVE)).extracting("name", "cadenceDays").containsExactly(
                tuple("Person acquaintance", 180), tuple("Person close", 30), tuple("Person inner", 14),
                tuple("Person network", 90), tuple("Zed Override", 45));
        assertThat(Circle.INNER.defaultCadenceDays()).isEqualTo(14);
    }

    @BothDatabases
    void meIsLeftOutOfTheList(TestDatabase db) {
        Kith book = book(db);
        Contact me = book.contacts().add(ContactDraft.builder("Me Myself").build());
        book.contacts().add(ContactDraft.builder("Ana Lima").build());
        book.setMe(me.id());
        assertThat(book.me()).contains(me.id());
        assertThat(book.contacts().list(new ContactFilter(null, null, true))).extracting("name").containsExactly("Ana Lima");
        assertThat(book.contacts().get(me.id()).name()).isEqualTo("Me Myself");
    }

    @BothDatabases
    void lastInteractionIsTheLatestOneUpToTodayIgnoringFutureDates(TestDatabase db) {
        Kith book = book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").build());
        Contact bea = book.contacts().add(ContactDraft.builder("Bea Ortiz").build());
        Contact carl = book.contacts().add(ContactDraft.builder("Carl Diaz").build());
        log(book, TODAY.minusDays(40), ana.id(), bea.id());
        log(book, TODAY.minusDays(5), ana.id());
        log(book, TODAY, bea.id());
        log(book, TODAY.plusDays(7), ana.id(), carl.id());

        assertThat(book.contacts().list(ContactFilter.ALL_ACTIVE)).extracting("name", "lastInteraction").containsExactly(
                tuple("Ana Lima", TODAY.minusDays(5)), tuple("Bea Ortiz", TODAY), tuple("Carl Diaz", null));
    }

    @BothDatabases
    void setIndustryCreatesOrUpdatesTheOrganization(TestDatabase db) {
        Kith book = book(db);
        book.contacts().add(ContactDraft.builder("Ana Lima").organization("Acme").build());
        assertThat(book.contacts().setIndustry("ACME", "Libraries")).extracting("name", "industry")
                .containsExactly("Acme", "Libraries");
        assertThat(book.contacts().setIndustry("Globex", "Energy").industry()).isEqualTo("Energy");
        assertThat(book.contacts().organizations()).extracting("name", "industry")
                .containsExactly(tuple("Acme", "Libraries"), tuple("Globex", "Energy"));
    }

    @BothDatabases
    void aListOfSomeIdsEqualsTheWholeListCutDownToThem(TestDatabase db) {
        Kith book = book(db);
        Kith other = Kith.open(db.database(), "other", KithClock.fixed(TODAY));
        Contact stranger = other.contacts().add(ContactDraft.builder("Ana Elsewhere").build());
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").email("b@x.test").email("a@x.test")
                .tag("zeta").tag("alpha").interest("sailing").interest("chess").organization("Acme").title("CIO")
                .circle(Circle.INNER).build());
        book.contacts().changeJob(ana.id(), "Globex", "Director \"Quoted\" \\ 😀", TODAY.minusDays(3));
        Contact bea = book.contacts().add(ContactDraft.builder("Bea Ortiz").tag("alpha").cadenceDays(12)
                .doNotContact(true).build());
        Contact carl = book.contacts().add(ContactDraft.builder("Carl Diaz").organization("Initech").build());
        Contact archived = book.contacts().add(ContactDraft.builder("Dora Archived").tag("alpha").build());
        book.contacts().archive(archived.id(), true);
        Contact me = book.contacts().add(ContactDraft.builder("Me Myself").build());
        book.setMe(me.id());
        log(book, TODAY.minusDays(9), ana.id(), bea.id());
        log(book, TODAY.plusDays(2), carl.id());
        List<Long> some = List.of(carl.id(), ana.id(), bea.id(), archived.id(), me.id(), stranger.id(), 999_999L);

        for (ContactFilter filter : List.of(ContactFilter.ALL_ACTIVE, new ContactFilter(null, null, true),
                new ContactFilter("alpha", null, true), new ContactFilter(null, Circle.INNER, false))) {
            List<ContactSummary> whole = book.contacts().list(filter).stream()
                    .filter(c -> some.contains(c.id())).toList();
            assertThat(book.contacts().list(filter, some)).as(filter.toString()).isEqualTo(whole).isNotEmpty();
        }
        assertThat(book.contacts().list(ContactFilter.ALL_ACTIVE, some)).extracting("name")
                .containsExactly("Ana Lima", "Bea Ortiz", "Carl Diaz");
        assertThat(book.contacts().list(ContactFilter.ALL_ACTIVE, List.of(ana.id()))).singleElement()
                .extracting("organization", "title", "emails", "tags")
                .containsExactly("Globex", "Director \"Quoted\" \\ 😀", List.of("b@x.test", "a@x.test"),
                        List.of("alpha", "zeta"));
    }

    private static void log(Kith book, LocalDate date, Long... people) {
        book.interactions().log(Interaction.draft(date, InteractionKind.COFFEE, Initiator.ME, null, null,
                Exchange.NEUTRAL, false, List.of(people)));
    }
}
