package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In real Chromium: a calendar (.ics) picked in the Import page's file field, with the user's own address typed
 * beside it, is captured at once; the page says what was read and logged and names the event left out by its file
 * and line, and the meeting is in the book.
 */
class ImportCalendarBrowserTest {
    @TempDir
    Path dir;

    @Test
    void aCalendarPickedOnTheImportPageIsCapturedAndTheResultShown() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db);
             Browser browser = new Browser(1280, 900).signIn(web)) {
            long bea = web.book.contacts().add(ContactDraft.builder("Bea Ortiz").email("bea@client.example").build()).id();
            Path ics = Files.writeString(dir.resolve("work.ics"), ImportMailAndCalendarTest.ICS);

            browser.driver.get(web.base() + "/import");
            browser.driver.findElement(By.id("file")).sendKeys(ics.toString());
            browser.driver.findElement(By.id("me")).sendKeys(ImportMailAndCalendarTest.ME);
            browser.driver.findElement(By.cssSelector("form[action='/import'] button[type=submit]")).click();

            WebElement result = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-capture")));
            assertThat(result.findElement(By.tagName("h2")).getText()).isEqualTo("Captured: work.ics");
            assertThat(result.findElement(By.cssSelector(".read")).getText()).isEqualTo("1 meeting read");
            assertThat(result.findElement(By.cssSelector(".interactions")).getText()).isEqualTo("1 interaction logged");
            assertThat(result.findElement(By.cssSelector(".warnings")).getText())
                    .contains("work.ics:14: event 'bad-start@kith.test' skipped");
            assertThat(browser.driver.findElement(By.tagName("body")).getText())
                    .doesNotContain(PlainWordsBrowserTest.FORBIDDEN.toArray(String[]::new));
            assertThat(browser.toast().getText()).startsWith("Captured work.ics: 1 meeting read, 1 interaction logged");
            assertThat(browser.driver.findElement(By.id("me")).getAttribute("value"))
                    .as("the address given is kept as the user's own").isEqualTo(ImportMailAndCalendarTest.ME);
            assertThat(web.book.interactions().withContact(bea, 10)).hasSize(1);
        }
    }
}
