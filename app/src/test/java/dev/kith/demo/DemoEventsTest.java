package dev.kith.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.events.Event;
import dev.kith.goals.GoalReport;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import dev.kith.today.Action;
import dev.kith.today.Today;
import java.util.List;

/** The demo's events, groups and goals show on the first look: Today proposes catching up and a welcome. */
class DemoEventsTest {
    @BothDatabases
    void demoShowsEventsGroupsAndGoals(TestDatabase db) {
        Kith book = DemoBookTest.demo(db, DemoBook.DEFAULT_PEOPLE);
        Today today = book.today();
        List<Action> candidates = today.candidates(today.snapshot());
        assertThat(candidates).filteredOn(a -> a.kind().equals("event-catch-up")).hasSizeGreaterThanOrEqualTo(4)
                .anySatisfy(a -> assertThat(a.reason()).contains("at Library Leaders Summit "
                        + (DemoBookTest.TODAY.getYear() - 1) + " — see if you can catch up again"))
                .anySatisfy(a -> assertThat(a.reason()).contains("for the first time, on their own"));
        assertThat(candidates).filteredOn(a -> a.kind().equals("welcome")).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("joined ALA 3 days ago", "both interested in open access"));
        assertThat(today.plan(10).actions()).extracting(Action::kind).contains("event-catch-up", "welcome");

        Event meetup = book.events().resolve("Library Tech Meetup");
        assertThat(book.events().followups(meetup.id())).hasSize(2)
                .filteredOn(e -> e.followedUp()).hasSize(1);
        List<GoalReport> reports = book.goals().report();
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).outcomes()).hasSize(1);
        assertThat(reports.get(0).worthIt()).isNull();
        assertThat(reports.get(1).hours()).isEqualTo(11.0);
        assertThat(reports.get(1).worthIt()).startsWith("worth it?");
    }
}
