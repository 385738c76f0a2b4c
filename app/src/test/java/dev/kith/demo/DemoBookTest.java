package dev.kith.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.contacts.Organization;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Interaction;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoBookTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ContactFilter EVERYONE = new ContactFilter(null, null, true);

    static Kith demo(TestDatabase db, int people) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
        long start = System.nanoTime();
        DemoSummary summary = DemoBook.generate(book, DemoBook.SEED, people);
        System.out.printf("demo book of %d people on %s: %d ms, %s%n", people, db,
                (System.nanoTime() - start) / 1_000_000, summary);
        return book;
    }

    static List<Interaction> allInteractions(Kith book) {
        return book.interactions().between(TODAY.minusYears(10), TODAY.plusYears(1));
    }

    @BothDatabases
    void demoBookIsDeterministicForASeedAndDay(TestDatabase db) {
        try (TestDatabase other = TestDatabase.sqlite()) {
            Kith first = demo(db, DemoBook.DEFAULT_PEOPLE);
            Kith second = demo(other, DemoBook.DEFAULT_PEOPLE);

            assertThat(describe(first)).isEqualTo(describe(second)).hasSize(DemoBook.DEFAULT_PEOPLE);
            assertThat(history(first)).isEqualTo(history(second)).hasSizeGreaterThan(1000);
            assertThat(first.ties().all().size()).isEqualTo(second.ties().all().size());
        }
    }

    @Test
    void aDifferentSeedGivesADifferentNetwork() {
        try (TestDatabase a = TestDatabase.sqlite(); TestDatabase b = TestDatabase.sqlite()) {
            Kith first = Kith.open(a.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            Kith second = Kith.open(b.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            DemoBook.generate(first, 1, 150);
            DemoBook.generate(second, 2, 150);

            assertThat(describe(first)).isNotEqualTo(describe(second));
        }
    }

    @Test
    void demoBookRejectsTooFewPeople() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            assertThatThrownBy(() -> DemoBook.generate(book, DemoBook.SEED, 10))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("at least 100");
            assertThat(book.contacts().list(EVERYONE)).isEmpty();
        }
    }

    @BothDatabases
    void demoBookHasAboutThreeHundredPeopleAcrossIndustries(TestDatabase db) {
        Kith book = demo(db, DemoBook.DEFAULT_PEOPLE);

        List<ContactSummary> everyone = book.contacts().list(EVERYONE);
        assertThat(everyone).as("everyone but me").hasSize(300);
        assertThat(book.me()).isPresent();
        assertThat(book.contacts().get(book.me().orElseThrow()).currentJob().orElseThrow().title())
                .isEqualTo("Head of Library Systems & IT");
        List<Organization> orgs = book.contacts().organizations();
        assertThat(orgs).hasSizeBetween(35, 45).allSatisfy(o -> assertThat(o.industry()).isNotBlank());
        assertThat(orgs.stream().map(Organization::industry).distinct()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(everyone).extracting(ContactSummary::name).doesNotHaveDuplicates()
                .anyMatch(n -> n.matches(".*[éëñøóúíáç].*"));
        assertThat(everyone.stream().flatMap(s -> s.emails().stream()))
                .hasSizeGreaterThan(250).allMatch(e -> e.endsWith(".example") || e.matches(".*@example\\.(com|org)"));
        Map<String, Long> circles = everyone.stream().collect(Collectors.groupingBy(s -> s.circle().code(),
                Collectors.counting()));
        assertThat(circles.get("inner")).isLessThan(circles.get("close"));
        assertThat(circles.get("close")).isLessThan(circles.get("network"));
        assertThat(everyone).filteredOn(ContactSummary::doNotContact).hasSizeGreaterThanOrEqualTo(2);
        assertThat(everyone).filteredOn(ContactSummary::archived).hasSizeGreaterThanOrEqualTo(2);
        assertThat(everyone).filteredOn(s -> s.tags().contains("ala")).hasSizeGreaterThan(20);
        List<Contact> contacts = book.contacts().getAll(everyone.stream().map(ContactSummary::id).toList());
        assertThat(contacts).filteredOn(c -> c.howMet().throughId() != null).hasSizeGreaterThan(10);
        assertThat(contacts).filteredOn(c -> c.linkedinUrl() != null).hasSizeGreaterThan(150);
        assertThat(contacts).filteredOn(c -> !c.phones().isEmpty()).hasSizeGreaterThan(60);
        assertThat(contacts).filteredOn(c -> c.cadenceDays() != null).isNotEmpty();
        assertThat(allInteractions(book)).hasSizeBetween(2400, 4200);
        assertThat(book.search().search("digital preservation", 400)).hasSizeGreaterThan(10);
    }

    /** Every contact as comparable text: name, job, circle, tags, interests and last interaction. */
    static List<String> describe(Kith book) {
        return book.contacts().list(EVERYONE).stream()
                .map(s -> String.join("|", s.name(), String.valueOf(s.organization()), String.valueOf(s.title()),
                        s.circle().code(), s.tags().toString(), s.interests().toString(),
                        String.valueOf(s.lastInteraction()), s.emails().toString()))
                .sorted().toList();
    }

    /** Every interaction as comparable text, with people by name rather than by id. */
    static List<String> history(Kith book) {
        Map<Long, String> names = book.contacts().list(EVERYONE).stream()
                .collect(Collectors.toMap(ContactSummary::id, ContactSummary::name));
        return allInteractions(book).stream()
                .map(i -> String.join("|", i.date().toString(), i.kind().code(), i.initiator().code(),
                        String.valueOf(i.minutes()), String.valueOf(i.summary()), i.exchange().code(),
                        String.valueOf(i.awaitingReply()),
                        i.people().stream().map(names::get).sorted().toList().toString()))
                .sorted().toList();
    }
}
