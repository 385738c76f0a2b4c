package dev.kith.demo;

import static dev.kith.demo.DemoBookTest.EVERYONE;
import static dev.kith.demo.DemoBookTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Circle;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactSummary;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.Milestone;
import dev.kith.milestones.MilestoneKind;
import dev.kith.network.Tie;
import dev.kith.network.TieKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

class DemoBookScenariosTest {

    @BothDatabases
    void demoBookSeedsTodaysActions(TestDatabase db) {
        Kith book = DemoBookTest.demo(db, DemoBook.DEFAULT_PEOPLE);
        List<Interaction> all = DemoBookTest.allInteractions(book);
        Map<Long, List<Interaction>> byPerson = new HashMap<>();
        all.forEach(i -> i.people().forEach(p -> byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(i)));

        assertThat(book.interactions().awaitingReply()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(i -> {
            assertThat(i.date()).isBetween(TODAY.minusDays(14), TODAY.minusDays(3));
            assertThat(i.initiator()).isEqualTo(Initiator.THEM);
            assertThat(byPerson.get(i.people().getFirst())).allMatch(j -> !j.date().isAfter(i.date()));
        });
        assertThat(all).filteredOn(i -> i.kind() == InteractionKind.EVENT_ENCOUNTER
                && i.date().equals(TODAY.minusDays(1))).singleElement()
                .satisfies(i -> assertThat(i.people()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(all).filteredOn(i -> i.kind() == InteractionKind.MEETING && i.initiator() == Initiator.THEM
                && !i.date().isBefore(TODAY.minusDays(3)) && i.date().isBefore(TODAY.minusDays(1))).isNotEmpty();

        List<Milestone> recent = book.milestones().between(TODAY.minusDays(14), TODAY);
        assertThat(recent).noneMatch(Milestone::acknowledged).extracting(Milestone::kind)
                .contains(MilestoneKind.NEW_JOB, MilestoneKind.PROMOTION, MilestoneKind.AWARD,
                        MilestoneKind.TALK_GIVEN, MilestoneKind.PUBLICATION, MilestoneKind.ATTENDING_EVENT);
        assertThat(book.milestones().between(TODAY.minusYears(3), TODAY.minusDays(15)))
                .isNotEmpty().allMatch(Milestone::acknowledged);
        List<Milestone> newJobs = recent.stream().filter(m -> m.kind() == MilestoneKind.NEW_JOB).toList();
        assertThat(newJobs).hasSizeGreaterThanOrEqualTo(2).allSatisfy(m -> {
            assertThat(m.date().withDayOfMonth(1)).isEqualTo(TODAY.withDayOfMonth(1));
            Contact mover = book.contacts().get(m.contactId());
            assertThat(mover.jobs()).hasSize(2);
            assertThat(mover.jobs().get(1).end()).isEqualTo(m.date());
            assertThat(mover.currentJob().orElseThrow().organization())
                    .isNotEqualTo(mover.jobs().get(1).organization());
        });

        List<ContactSummary> everyone = book.contacts().list(EVERYONE);
        LocalDate yearAgo = TODAY.minusDays(365);
        assertThat(everyone).filteredOn(s -> !s.archived() && s.lastInteraction() != null
                        && s.lastInteraction().isBefore(yearAgo) && byPerson.get(s.id()).size() >= 8)
                .as("once-strong ties gone quiet for a year").isNotEmpty();
        assertThat(everyone).filteredOn(s -> !s.doNotContact() && !s.archived() && s.lastInteraction() != null
                        && s.lastInteraction().isBefore(TODAY.minusDays(s.cadenceDays())))
                .as("past their cadence").hasSizeGreaterThan(5);
        assertThat(everyone).filteredOn(s -> (s.circle() == Circle.INNER || s.circle() == Circle.CLOSE)
                        && byPerson.getOrDefault(s.id(), List.of()).stream().noneMatch(i -> meal(i)
                        && i.date().isAfter(TODAY.minusDays(60)))
                        && byPerson.getOrDefault(s.id(), List.of()).stream().anyMatch(i -> meal(i)))
                .as("close people without a meal for 60 days").isNotEmpty();
        assertThat(everyone).filteredOn(ContactSummary::doNotContact).allSatisfy(s ->
                assertThat(book.contacts().get(s.id()).notes()).isNotBlank());

        List<ContactSummary> migrators = everyone.stream()
                .filter(s -> s.interests().contains("email migration")).toList();
        Set<String> tied = book.ties().all().stream().map(t -> Math.min(t.fromId(), t.toId()) + "-"
                + Math.max(t.fromId(), t.toId())).collect(Collectors.toSet());
        boolean strangers = migrators.stream().anyMatch(a -> migrators.stream().anyMatch(b -> a.id() < b.id()
                && !tied.contains(a.id() + "-" + b.id())));
        assertThat(strangers).as("two email-migration people who do not know each other").isTrue();
        assertThat(book.search().search("email migration", 500)).hasSizeGreaterThanOrEqualTo(migrators.size());

        assertThat(book.tasks().openDueBy(TODAY.plusDays(7))).hasSizeGreaterThanOrEqualTo(3);
        List<Tie> ties = book.ties().all();
        assertThat(ties).extracting(Tie::kind).contains(TieKind.values());
        assertThat(ties).filteredOn(t -> t.kind() == TieKind.MET_THROUGH).allSatisfy(t ->
                assertThat(book.contacts().get(t.fromId()).howMet().throughId()).isEqualTo(t.toId()));
    }

    private static boolean meal(Interaction i) {
        return i.kind() == InteractionKind.LUNCH || i.kind() == InteractionKind.COFFEE;
    }

    @org.junit.jupiter.api.Test
    void demoBookScalesToTheRequestedSize() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = DemoBookTest.demo(db, 2000);

            assertThat(book.contacts().list(EVERYONE)).hasSize(2000);
            assertThat(book.contacts().organizations()).hasSizeBetween(250, 280);
            assertThat(DemoBookTest.allInteractions(book)).hasSizeBetween(16_000, 26_000);
            assertThat(book.ties().all()).hasSizeGreaterThan(2000);
            assertThat(book.interactions().awaitingReply()).hasSizeGreaterThanOrEqualTo(20);
        }
    }
}
