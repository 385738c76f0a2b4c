package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.contacts.ContactDraft;
import dev.kith.events.Event;
import dev.kith.events.NewEvent;
import dev.kith.goals.Goal;
import dev.kith.goals.GoalClosing;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Closing a goal, and an event's follow-ups done from the event page, in real Chromium. */
class GoalsAndFollowUpsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        browser = new Browser(1280, 900).signIn(web);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        web.close();
        db.close();
    }

    @Test
    void aGoalClosedAsDroppedWithANoteMovesToClosedGoalsAndReopens() {
        Goal talk = web.book.goals().add("Speak at ALA", List.of("libraries"), null);
        web.book.goals().add("Find a co-author", List.of(), null);
        browser.driver.get(web.base() + "/goals/" + talk.id());
        browser.driver.findElement(By.cssSelector("#close input[value=dropped]")).click();
        browser.driver.findElement(By.id("cl-note")).sendKeys("No talks this year");
        browser.driver.findElement(By.cssSelector("form[action$='/close'] button[type=submit]")).click();

        WebElement closed = browser.toast();
        assertThat(closed.getText()).contains("Closed “Speak at ALA” as dropped. It no longer shapes Today.");
        closed.findElement(By.cssSelector("button.toast-undo")).click();
        browser.waiting().until(d -> browser.toastSays("Undone: Closed the goal Speak at ALA."));
        assertThat(web.book.goals().get(talk.id()).closed()).isFalse();
        assertThat(browser.driver.findElements(By.id("goal-state"))).isEmpty();

        browser.driver.findElement(By.cssSelector("#close input[value=dropped]")).click();
        browser.driver.findElement(By.id("cl-note")).sendKeys("No talks this year");
        browser.driver.findElement(By.cssSelector("form[action$='/close'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("goal-state")));
        assertThat(browser.driver.findElement(By.id("goal-state")).getText())
                .isEqualTo("Dropped on 2026-11-15 — No talks this year");
        assertThat(web.book.goals().get(talk.id()).closedAs()).isEqualTo(GoalClosing.DROPPED);

        browser.driver.get(web.base() + "/goals");
        assertThat(browser.driver.findElement(By.id("open-goals")).getText()).contains("Find a co-author")
                .doesNotContain("Speak at ALA");
        assertThat(browser.driver.findElement(By.id("closed-goals")).getText())
                .contains("Speak at ALA", "dropped", "2026-11-15", "No talks this year");

        browser.driver.findElement(By.linkText("Speak at ALA")).click();
        browser.driver.findElement(By.cssSelector("form[action$='/reopen'] button")).click();
        assertThat(browser.toast().getText()).contains("Reopened “Speak at ALA”.");
        assertThat(browser.driver.findElements(By.id("goal-state"))).isEmpty();
        assertThat(web.book.goals().get(talk.id()).closed()).isFalse();
    }

    @Test
    void theApiClosesAGoal() throws Exception {
        Goal goal = web.book.goals().add("Find a co-author", List.of(), null);
        var closed = web.json("POST", "/api/v1/goals/" + goal.id() + "/close", "{\"as\": \"achieved\", \"note\": \"Ana\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(closed.body());
        assertThat(json.get("closedAs").asText()).isEqualTo("achieved");
        assertThat(json.get("closedOn").asText()).isEqualTo("2026-11-15");
        var again = web.json("POST", "/api/v1/goals/" + goal.id() + "/close", "{\"as\": \"dropped\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        var bad = web.json("POST", "/api/v1/goals/" + goal.id() + "/reopen", "");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(200);
        assertThat(web.json("POST", "/api/v1/goals/" + goal.id() + "/close", "{\"as\": \"won\"}").statusCode()).isEqualTo(400);
        assertThat(web.json("POST", "/api/v1/goals/" + goal.id() + "/close", "{}").statusCode()).isEqualTo(400);
        assertThat(web.book.goals().get(goal.id()).closed()).isFalse();
    }

    @Test
    void doneOnTheEventPageLogsTheFollowUpAndTakesItOffTodayAndUndoBringsItBack() {
        Event e = web.book.events().add(new NewEvent("CIO Summit 2026", WebFixture.TODAY.minusDays(1),
                WebFixture.TODAY.minusDays(1), null, "Boston", null));
        long paul = web.book.contacts().add(ContactDraft.builder("Paul Cottey").build()).id();
        metYesterday(e, paul);

        browser.driver.get(web.base() + "/events/" + e.id());
        WebElement card = browser.driver.findElement(By.id("followup-" + paul));
        assertThat(card.getText()).contains("Paul Cottey", "follow-up not sent", "Copy note");
        assertThat(card.findElement(By.tagName("textarea")).getAttribute("value")).startsWith("Hi Paul, ");
        card.findElement(By.tagName("textarea")).sendKeys(" See you next year!");
        card.findElement(By.cssSelector("button.done")).click();

        WebElement toast = browser.toast();
        assertThat(toast.getText()).contains("Followed up with Paul Cottey, and logged it on their timeline.");
        assertThat(browser.driver.findElement(By.id("followup-" + paul)).getText()).contains("followed up 2026-11-15")
                .doesNotContain("Copy note");
        assertThat(web.book.interactions().withContact(paul, 5)).hasSize(2)
                .first().satisfies(i -> assertThat(i.summary()).contains("See you next year!"));
        assertThat(web.get("/").body()).doesNotContain("action-follow-up:" + paul);

        toast.findElement(By.cssSelector("button.toast-undo")).click();
        browser.waiting().until(d -> browser.toastSays("Undone:"));
        assertThat(web.book.interactions().withContact(paul, 5)).hasSize(1);
        assertThat(browser.driver.findElement(By.id("followup-" + paul)).getText()).contains("follow-up not sent", "Copy note");
        assertThat(web.get("/").body()).contains("action-follow-up:" + paul);
    }

    @Test
    void aFollowUpDoneAnotherWayIsLoggedFromTheEventPage() {
        Event e = web.book.events().add(new NewEvent("CIO Summit 2026", WebFixture.TODAY.minusDays(1),
                WebFixture.TODAY.minusDays(1), null, "Boston", null));
        long rita = web.book.contacts().add(ContactDraft.builder("Rita Moss").build()).id();
        metYesterday(e, rita);
        browser.driver.get(web.base() + "/events/" + e.id());
        WebElement card = browser.driver.findElement(By.id("followup-" + rita));
        card.findElement(By.cssSelector("details.followup-log summary")).click();
        new org.openqa.selenium.support.ui.Select(card.findElement(By.id("fu-kind-" + rita))).selectByVisibleText("Call");
        card.findElement(By.id("fu-note-" + rita)).sendKeys("Called about the pilot");
        card.findElement(By.cssSelector("button.log")).click();
        assertThat(browser.toast().getText()).contains("Logged call with Rita Moss as your follow-up.");
        assertThat(browser.driver.findElement(By.id("followup-" + rita)).getText()).contains("followed up 2026-11-15");
        assertThat(web.book.interactions().withContact(rita, 5).getFirst().kind()).isEqualTo(InteractionKind.CALL);
        assertThat(web.get("/").body()).doesNotContain("action-follow-up:" + rita);
    }

    /** Records that I met {@code contact} at {@code e} (dated yesterday, its last day), as the Met someone form does. */
    private void metYesterday(Event e, long contact) {
        web.book.events().met(e.id(), contact, null, "library automation");
    }
}
