package dev.kith.today;

import static dev.kith.today.Scenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.contacts.Circle;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import dev.kith.tasks.TaskStatus;
import java.time.LocalDate;
import java.util.List;

/** Plans vs facts: a lunch of the plan is an invitation, followed up only after its day and only if not cancelled. */
class PlansTest {

    private static long friend(Scenario s, String name) {
        long p = s.person(name, Circle.INNER, LocalDate.of(2025, 1, 1));
        s.mine(p, TODAY.minusDays(100), InteractionKind.EMAIL);
        return p;
    }

    private static List<String> kindsFor(Scenario s, LocalDate day, long who) {
        Today t = s.today(day);
        return t.candidates(t.snapshot()).stream().filter(a -> a.people().stream().anyMatch(p -> p.id() == who))
                .map(Action::kind).toList();
    }

    @BothDatabases
    void aLunchDoneIsAnInvitationFollowedUpOnlyAfterItsDay(TestDatabase db) {
        Scenario s = new Scenario(db);
        long ana = friend(s, "Ana Lima");
        String lunch = s.candidates("lunch").stream().filter(a -> a.people().get(0).id() == ana).findFirst()
                .orElseThrow().id();
        s.today().done(lunch, null);
        LocalDate day = TODAY.plusDays(LunchKind.PLANNED_DAYS);

        List<Interaction> logged = s.book().interactions().withContact(ana, 5);
        assertThat(logged).extracting(Interaction::date).as("the invitation today, the lunch planned ahead")
                .contains(TODAY, day);
        assertThat(logged).filteredOn(i -> i.date().equals(TODAY)).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(InteractionKind.MESSAGE));
        assertThat(s.book().plans().list()).singleElement().satisfies(p -> {
            assertThat(p.date()).isEqualTo(day);
            assertThat(p.kind()).isEqualTo("lunch");
            assertThat(p.people()).extracting(Person::id).containsExactly(ana);
        });
        for (int d = 0; d <= LunchKind.PLANNED_DAYS; d++) {
            assertThat(kindsFor(s, TODAY.plusDays(d), ana)).as("day %d: a plan is not a lunch had", d)
                    .doesNotContain("follow-up", "thank-you", "lunch");
        }
        assertThat(kindsFor(s, day.plusDays(1), ana)).as("the day after the lunch").contains("follow-up");
        assertThat(s.on(day.plusDays(1)).plans().list()).as("a past plan is no longer listed").isEmpty();
    }

    @BothDatabases
    void aCancelledLunchNeverBecomesAFact(TestDatabase db) {
        Scenario s = new Scenario(db);
        long bo = friend(s, "Bo Chen");
        s.today().done(s.candidates("lunch").get(0).id(), "Thai place");
        LocalDate day = TODAY.plusDays(LunchKind.PLANNED_DAYS);
        Plans.Planned planned = s.book().plans().list().getFirst();
        assertThat(planned.note()).isEqualTo("Thai place");
        assertThat(s.book().tasks().ofContact(bo)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));

        Plans.Planned cancelled = s.on(TODAY.plusDays(2)).plans().cancel(planned.id());
        assertThat(cancelled.date()).isEqualTo(day);
        assertThat(s.book().plans().list()).isEmpty();
        assertThat(s.book().tasks().ofContact(bo)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.CANCELLED));
        assertThat(kindsFor(s, day.plusDays(1), bo)).doesNotContain("follow-up", "thank-you");
        assertThat(s.book().interactions().withContact(bo, 5)).extracting(Interaction::date)
                .as("the invitation stays: it was sent").contains(TODAY).doesNotContain(day);

        long past = s.book().interactions().withContact(bo, 5).getFirst().id();
        assertThatThrownBy(() -> s.book().plans().cancel(past)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a planned meeting");
    }
}
