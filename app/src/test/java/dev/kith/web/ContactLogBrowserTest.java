package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Interaction;
import dev.kith.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Logging on a contact's page in real Chromium: the timeline and the sidebar change in one swap; the whole log form. */
class ContactLogBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private long ada;
    private long charles;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").build()).id();
        charles = web.book.contacts().add(ContactDraft.builder("Charles Babbage").build()).id();
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

    private String side(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @Test
    void loggingUpdatesTheTimelineAndTheSidebarTogether() {
        browser.driver.get(web.base() + "/contacts/" + ada);
        assertThat(side("side-count")).isEqualTo("0");
        assertThat(side("side-last")).isEqualTo("never");
        String strength = side("side-strength");
        String next = side("side-next");
        browser.driver.findElement(By.id("i-summary")).sendKeys("Engines");
        browser.driver.findElement(By.cssSelector("form[action$='/interactions'] button[type=submit]")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("#activity .timeline")).getText().contains("Engines"));
        assertThat(side("side-count")).isEqualTo("1");
        assertThat(side("side-last")).isEqualTo("2026-11-15");
        assertThat(side("side-strength")).isNotEqualTo(strength);
        // added today and met today: next due stays the cadence from today (one definition of due: the last
        // contact, or the day added when there is none, plus the cadence)
        assertThat(next).isEqualTo("2027-02-13");
        assertThat(side("side-next")).isEqualTo("2027-02-13");
        // one sidebar, swapped in place
        assertThat(browser.driver.findElements(By.id("sidebar"))).hasSize(1);
    }

    @Test
    void aDateAheadIsAPlannedMeeting() {
        browser.driver.get(web.base() + "/contacts/" + ada);
        new Select(browser.driver.findElement(By.id("i-kind"))).selectByVisibleText("lunch");
        WebElement date = browser.driver.findElement(By.id("i-date"));
        date.sendKeys("12012026");
        browser.driver.findElement(By.id("i-summary")).sendKeys("Lunch at the club");
        browser.driver.findElement(By.cssSelector("form[action$='/interactions'] button[type=submit]")).click();
        WebElement planned = browser.waiting().until(d -> d.findElement(By.cssSelector("#activity .timeline li.planned")));
        assertThat(planned.getText()).contains("2026-12-01", "planned", "Lunch at the club");
        assertThat(side("side-last")).isEqualTo("never");
        assertThat(browser.driver.findElement(By.cssSelector("#toasts .toast")).getText()).contains("Planned lunch with Ada Lovelace");
    }

    @Test
    void theFormRecordsMinutesGiveAndAskAWaitingReplyAGoalAndAnotherPerson() {
        long goal = web.book.goals().add("Build an engine", List.of("engine"), null).id();
        browser.driver.get(web.base() + "/contacts/" + ada);
        new Select(browser.driver.findElement(By.id("i-kind"))).selectByVisibleText("call");
        browser.driver.findElement(By.id("i-minutes")).sendKeys("45");
        new Select(browser.driver.findElement(By.id("i-initiator"))).selectByVisibleText("They did");
        browser.driver.findElement(By.id("i-summary")).sendKeys("Shared the engine notes");
        browser.driver.findElement(By.cssSelector(".log-more summary")).click();
        new Select(browser.driver.findElement(By.id("i-exchange"))).selectByValue("gave");
        new Select(browser.driver.findElement(By.id("i-goal"))).selectByVisibleText("Build an engine");
        WebElement with = browser.driver.findElement(By.id("i-with"));
        with.sendKeys("Charl");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#i-with-list [role=option]")).isEmpty());
        with.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.driver.findElement(By.id("i-awaiting")).click();
        browser.driver.findElement(By.cssSelector("form[action$='/interactions'] button[type=submit]")).click();
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#activity .timeline")).isEmpty()
                || !d.findElements(By.cssSelector("#activity p.error")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#activity p.error"))).extracting(WebElement::getText).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector("#activity .timeline")).getText()).contains("engine notes");
        Interaction logged = web.book.interactions().withContact(ada, 1).getFirst();
        assertThat(logged.minutes()).isEqualTo(45);
        assertThat(logged.exchange()).isEqualTo(Exchange.GAVE);
        assertThat(logged.awaitingReply()).isTrue();
        assertThat(logged.people()).containsExactlyInAnyOrder(ada, charles);
        assertThat(web.book.goals().report().stream().filter(r -> r.goal().id() == goal).findFirst().orElseThrow()
                .interactions()).isEqualTo(1);
    }
}
