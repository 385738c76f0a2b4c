package dev.kith.web;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The article flow in real headless Chromium: add an article, see who would benefit and why, share. */
class GivingBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private long ana;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").interest("email migration").build()).id();
        web.book.contacts().add(ContactDraft.builder("Fay Ross").interest("gardening").build());
        browser = new Browser(390, 844).signIn(web);
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
    void anArticleIsAddedThenSharedWithTheSuggestedPerson() {
        browser.driver.get(web.base() + "/articles");
        browser.driver.findElement(By.id("a-url")).sendKeys("https://example.org/migrate");
        browser.driver.findElement(By.id("a-title")).sendKeys("Lessons from an email migration");
        browser.driver.findElement(By.id("a-text")).sendKeys("Moving forty thousand mailboxes to the cloud.");
        browser.driver.findElement(By.id("a-takeaway")).sendKeys("Migrate calendars first");
        browser.driver.findElement(By.cssSelector("form[action='/articles'] button[type=submit]")).click();

        browser.waiting().until(d -> !d.findElements(By.cssSelector("li.recipient")).isEmpty());
        String recipients = browser.driver.findElement(By.cssSelector("ol.recipients")).getText();
        assertThat(recipients).contains("Ana Lima", "Interested in email migration.").doesNotContain("Fay Ross");
        browser.driver.findElement(By.id("why-" + ana)).clear();
        browser.driver.findElement(By.id("why-" + ana)).sendKeys("you are planning yours");
        browser.driver.findElement(By.id("share-" + ana)).click();

        // the note comes first, editable; nothing is recorded until "Mark sent"
        browser.waiting().until(d -> !d.findElements(By.id("compose-note")).isEmpty());
        assertThat(browser.driver.findElement(By.id("compose-note")).getAttribute("value"))
                .contains("thought of you — you are planning yours.");
        assertThat(web.book.articles().shares()).isEmpty();
        assertThat(web.book.interactions().withContact(ana, 1)).isEmpty();
        browser.driver.findElement(By.id("mark-sent")).click();

        browser.waiting().until(d -> !d.findElements(By.id("draft")).isEmpty());
        assertThat(browser.driver.findElement(By.id("draft")).getText())
                .contains("Hi Ana, I read \"Lessons from an email migration\" and thought of you — you are planning yours.")
                .contains("My top takeaway: Migrate calendars first.");
        assertThat(web.book.articles().shares()).hasSize(1);
        assertThat(web.book.interactions().withContact(ana, 1).get(0).exchange().code()).isEqualTo("gave");
    }
}
