package dev.kith.today;

import static dev.kith.today.Scenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.contacts.Circle;
import dev.kith.core.KithException;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import dev.kith.tasks.TaskStatus;
import java.time.LocalDate;
import java.util.List;

/** Done, snooze, skip and the streak persist across days, on SQLite and PostgreSQL. */
class PlanStateTest {

    @BothDatabases
    void aDoneActionDoesNotReturnTheNextDay(TestDatabase db) {
        Scenario s = new Scenario(db);
        long lauren = s.person("Lauren Hays");
        s.mine(lauren, TODAY.minusDays(1), InteractionKind.EVENT_ENCOUNTER);
        String id = "follow-up:" + lauren + ":2026-11-23";
        assertThat(s.planIds(TODAY, 3)).containsExactly(id);
        s.today().done(id, "Nice to meet you at ALA");
        assertThat(s.planIds(TODAY, 3)).isEmpty();
        assertThat(s.planIds(TODAY.plusDays(1), 3)).isEmpty();
        List<Interaction> logged = s.book().interactions().withContact(lauren, 5);
        assertThat(logged.get(0).kind()).isEqualTo(InteractionKind.EMAIL);
        assertThat(logged.get(0).initiator()).isEqualTo(Initiator.ME);
        assertThat(logged.get(0).summary()).isEqualTo("Nice to meet you at ALA");
        assertThatThrownBy(() -> s.today().done(id, null)).isInstanceOf(KithException.class);
    }

    @BothDatabases
    void doingAReplyMarksTheMessageAnswered(TestDatabase db) {
        Scenario s = new Scenario(db);
        long paul = s.person("Paul Cottey");
        Interaction email = s.awaiting(paul, TODAY.minusDays(3), InteractionKind.EMAIL, "vendor question");
        s.today().done("reply:" + email.id(), null);
        assertThat(s.book().interactions().get(email.id()).awaitingReply()).isFalse();
        assertThat(s.book().interactions().awaitingReply()).isEmpty();
        assertThat(s.book().interactions().withContact(paul, 1).get(0).kind()).isEqualTo(InteractionKind.EMAIL);
    }

    @BothDatabases
    void doingACongratulationAcknowledgesTheMilestoneAndALunchIsPlannedNextWeek(TestDatabase db) {
        Scenario s = new Scenario(db);
        long ana = s.person("Ana Lima", Circle.INNER, LocalDate.of(2025, 1, 1));
        var award = s.book().milestones().add(ana, MilestoneKind.AWARD, TODAY.minusDays(2), "Librarian of the Year");
        s.today().done("congratulate:" + award.id(), null);
        assertThat(s.book().milestones().get(award.id()).acknowledged()).isTrue();
        assertThat(s.book().interactions().withContact(ana, 1).get(0).kind()).isEqualTo(InteractionKind.MESSAGE);

        Action lunch = s.candidates("lunch").get(0);
        s.today().done(lunch.id(), "Thai place");
        Interaction planned = s.book().interactions().withContact(ana, 1).get(0);
        assertThat(planned.kind()).isEqualTo(InteractionKind.LUNCH);
        assertThat(planned.date()).isEqualTo(TODAY.plusDays(7));
        assertThat(s.book().tasks().ofContact(ana)).singleElement().satisfies(t -> {
            assertThat(t.due()).isEqualTo(TODAY.plusDays(7));
            assertThat(t.status()).isEqualTo(TaskStatus.OPEN);
        });
        assertThat(s.candidates("lunch")).as("a lunch is planned").isEmpty();
    }

    @BothDatabases
    void aSnoozedActionComesBackOnItsDate(TestDatabase db) {
        Scenario s = new Scenario(db);
        long paul = s.person("Paul Cottey");
        Interaction call = s.awaiting(paul, TODAY.minusDays(1), InteractionKind.CALL, null);
        String id = "reply:" + call.id();
        s.today().snooze(id, TODAY.plusDays(2));
        assertThat(s.planIds(TODAY, 3)).isEmpty();
        assertThat(s.planIds(TODAY.plusDays(1), 3)).isEmpty();
        assertThat(s.planIds(TODAY.plusDays(2), 3)).containsExactly(id);
    }

    @BothDatabases
    void aSkippedActionStaysHiddenForThirtyDays(TestDatabase db) {
        Scenario s = new Scenario(db);
        long paul = s.person("Paul Cottey");
        // a call of today: thirty days on it is still a reply to return (Interaction.REPLY_DAYS), so only the skip hid it
        Interaction call = s.awaiting(paul, TODAY, InteractionKind.CALL, null);
        String id = "reply:" + call.id();
        s.today().skip(id);
        assertThat(s.planIds(TODAY.plusDays(29), 3)).isEmpty();
        assertThat(s.planIds(TODAY.plusDays(30), 3)).containsExactly(id);
    }

    @BothDatabases
    void theStreakCountsConsecutiveDaysWithSomethingDone(TestDatabase db) {
        Scenario s = new Scenario(db);
        LocalDate[] days = {TODAY.minusDays(5), TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1)};
        for (int i = 0; i < days.length; i++) {
            long p = s.person("Person " + i);
            Interaction email = s.awaiting(p, days[i].minusDays(1), InteractionKind.EMAIL, null);
            s.today(days[i]).done("reply:" + email.id(), null);
        }
        assertThat(s.today(TODAY).streak()).as("up to yesterday").isEqualTo(3);
        assertThat(s.today(TODAY.plusDays(1)).streak()).as("a day without anything done breaks it").isZero();
        assertThat(s.today(TODAY).plan(3).streak()).isEqualTo(3);
        long more = s.person("Person more");
        Interaction email = s.awaiting(more, TODAY.minusDays(1), InteractionKind.EMAIL, null);
        s.today().done("reply:" + email.id(), null);
        assertThat(s.today().streak()).isEqualTo(4);
    }

    @BothDatabases
    void unknownIdsAndPastSnoozeDatesAreRejectedWithoutChangingAnything(TestDatabase db) {
        Scenario s = new Scenario(db);
        long paul = s.person("Paul Cottey");
        Interaction call = s.awaiting(paul, TODAY.minusDays(1), InteractionKind.CALL, null);
        Today t = s.today();
        assertThatThrownBy(() -> t.done("reply:999", null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no action 'reply:999'");
        assertThatThrownBy(() -> t.skip("nonsense")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> t.snooze("reply:" + call.id(), TODAY)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("until:");
        assertThat(s.planIds(TODAY, 3)).containsExactly("reply:" + call.id());
    }

    @BothDatabases
    void afterDoneSkipOrSnoozeOnSomeoneNoRefillBringsThemBackTheSameDay(TestDatabase db) {
        Scenario s = new Scenario(db);
        long tom = s.person("Tom Becker");
        long ana = s.person("Ana Lima");
        long bo = s.person("Bo Chen");
        Interaction fromTom = s.awaiting(tom, TODAY.minusDays(2), InteractionKind.CALL, null);
        Interaction fromAna = s.awaiting(ana, TODAY.minusDays(2), InteractionKind.EMAIL, null);
        Interaction fromBo = s.awaiting(bo, TODAY.minusDays(2), InteractionKind.EMAIL, null);
        s.today().done("reply:" + fromTom.id(), null);
        s.today().skip("reply:" + fromAna.id());
        s.today().snooze("reply:" + fromBo.id(), TODAY.plusDays(1));
        for (long who : List.of(tom, ana, bo)) {
            s.book().milestones().add(who, MilestoneKind.NEW_JOB, TODAY, null);
        }
        assertThat(s.candidates("congratulate")).as("their news is proposed").hasSize(3);
        assertThat(s.planIds(TODAY, 10)).as("but nobody acted on today comes back today").isEmpty();
        assertThat(s.today(TODAY.plusDays(1)).plan(10).actions()).as("the next day they do")
                .flatExtracting(Action::people).extracting(Person::id).containsExactlyInAnyOrder(tom, ana, bo);
    }
}
