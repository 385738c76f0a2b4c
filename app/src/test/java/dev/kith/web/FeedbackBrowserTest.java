package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
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

/** Every change says what happened in a toast, in real Chromium, and Undo takes it back. */
class FeedbackBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private long ada;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").build()).id();
        web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(1), InteractionKind.EVENT_ENCOUNTER,
                Initiator.ME, null, "ALA Annual", Exchange.NEUTRAL, false, List.of(ada)));
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
    void doneSaysSoCountsTheDayAndUndoBringsTheActionBack() {
        browser.driver.get(web.base() + "/");
        browser.driver.findElement(By.cssSelector("li.action button[type=submit].primary")).click();
        WebElement toast = browser.toast();
        assertThat(toast.getText()).contains("Follow up: Ada Lovelace — done");
        assertThat(browser.driver.findElement(By.cssSelector(".page-head")).getText()).contains("1 done today");
        assertThat(browser.driver.findElement(By.cssSelector(".finished")).getText()).contains("All done for today");
        assertThat(web.book.interactions().withContact(ada, 5)).hasSize(2);

        toast.findElement(By.cssSelector("button.toast-undo")).click();
        browser.waiting().until(d -> !d.findElements(By.cssSelector("li.action")).isEmpty());
        assertThat(browser.toast().getText()).startsWith("Undone:");
        assertThat(web.book.interactions().withContact(ada, 5)).hasSize(1);
        assertThat(browser.driver.findElement(By.cssSelector(".page-head")).getText()).doesNotContain("done today");
    }

    @Test
    void snoozeAndSkipSayUntilWhen() {
        browser.driver.get(web.base() + "/");
        // compact: snooze and skip wait under "Later…", the kind has its own colour
        assertThat(browser.driver.findElement(By.cssSelector("li.action form[action$='/snooze'] button")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.cssSelector("li.action .pill.kind")).getCssValue("color"))
                .isEqualTo("rgba(29, 78, 216, 1)");
        browser.driver.findElement(By.cssSelector("li.action .action-menu summary")).click();
        browser.driver.findElement(By.cssSelector("li.action form[action$='/snooze'] button")).click();
        assertThat(browser.toast().getText()).contains("Snoozed follow up until 2026-11-22");
        assertThat(browser.toast().findElements(By.cssSelector("button.toast-undo"))).hasSize(1);
    }

    @Test
    void loggingOnAContactPageSaysSoWithUndo() {
        browser.driver.get(web.base() + "/contacts/" + ada);
        browser.driver.findElement(By.id("i-summary")).sendKeys("Talked about engines");
        browser.driver.findElement(By.cssSelector("form[action$='/interactions'] button[type=submit]")).click();
        WebElement toast = browser.toast();
        assertThat(toast.getText()).contains("Logged coffee with Ada Lovelace.");
        toast.findElement(By.cssSelector("button.toast-undo")).click();
        browser.waiting().until(d -> browser.toastSays("Undone:"));
        assertThat(browser.driver.findElement(By.cssSelector("#activity .timeline")).getText())
                .doesNotContain("Talked about engines");
        assertThat(web.book.interactions().withContact(ada, 5)).extracting(Interaction::summary)
                .doesNotContain("Talked about engines");
    }

    @Test
    void addingAndArchivingSaySo() {
        browser.driver.get(web.base() + "/contacts/new");
        browser.driver.findElement(By.id("f-name")).sendKeys("Grace Hopper");
        browser.driver.findElement(By.cssSelector("button[type=submit].primary")).click();
        assertThat(browser.toast().getText()).contains("Added Grace Hopper.");
        browser.driver.findElement(By.cssSelector("form[action$='/archive'] button")).click();
        browser.waiting().until(d -> browser.toastSays("Archived Grace Hopper."));
        WebElement archived = browser.toast();
        archived.findElement(By.cssSelector("button.toast-undo")).click();
        browser.waiting().until(d -> browser.toastSays("Undone: Archived Grace Hopper."));
        assertThat(web.book.contacts().resolve("Grace Hopper").archived()).isFalse();
        // shown once: the next page has no toast
        browser.driver.get(web.base() + "/contacts");
        assertThat(browser.driver.findElements(By.cssSelector("#toasts .toast"))).isEmpty();
    }
}
