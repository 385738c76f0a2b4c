package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A conference in real headless Chromium: add the event, capture someone met there, see the follow-up. */
class EventsBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
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
    void addAnEventCaptureSomeoneMetAndSeeTheFollowUp() {
        browser.driver.get(web.base() + "/events");
        browser.driver.findElement(By.id("ev-name")).sendKeys("CIO Summit 2026");
        browser.driver.findElement(By.id("ev-series")).sendKeys("CIO Summit");
        browser.driver.findElement(By.id("ev-start")).sendKeys("11/13/2026");
        browser.driver.findElement(By.id("ev-end")).sendKeys("11/14/2026");
        browser.driver.findElement(By.id("ev-location")).sendKeys("Boston");
        browser.driver.findElement(By.cssSelector("form[action='/events'] button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "CIO Summit 2026"));
        browser.driver.findElement(By.id("met-name")).sendKeys("Paul Cottey");
        browser.driver.findElement(By.id("met-organization")).sendKeys("Acme");
        browser.driver.findElement(By.id("met-note")).sendKeys("library automation");
        browser.driver.findElement(By.cssSelector("form[action$='/met'] button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("followups"), "Paul Cottey"));
        assertThat(browser.driver.findElement(By.id("followups")).getText())
                .contains("met 2026-11-14", "follow-up not sent");

        browser.driver.findElement(By.cssSelector(".menu-toggle")).click(); // a phone: the nav is folded
        browser.driver.findElement(By.linkText("Today")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.action")));
        assertThat(browser.driver.findElement(By.tagName("main")).getText())
                .contains("You met Paul Cottey at an event yesterday", "At CIO Summit 2026: library automation");
    }

    @Test
    void aBadDateShowsTheFieldAndAddsNothing() {
        browser.driver.get(web.base() + "/events");
        browser.driver.findElement(By.id("ev-name")).sendKeys("Backwards");
        browser.driver.findElement(By.id("ev-start")).sendKeys("11/20/2026");
        browser.driver.findElement(By.id("ev-end")).sendKeys("11/19/2026");
        browser.driver.findElement(By.cssSelector("form[action='/events'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("The end date must not be before the start (2026-11-20)");
        assertThat(browser.driver.findElement(By.id("ev-name")).getAttribute("value")).isEqualTo("Backwards");
        assertThat(web.book.events().list()).isEmpty();
    }
}
