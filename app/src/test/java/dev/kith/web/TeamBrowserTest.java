package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The team server's sign-in in real headless Chromium: redirected to sign in, in, own book only, out. */
class TeamBrowserTest {

    @Test
    void aMemberSignsInSeesOnlyTheirBookAndSignsOut() {
        try (TestDatabase db = TestDatabase.sqlite(); TeamFixture t = new TeamFixture(db);
             Browser browser = new Browser(1280, 900)) {
            t.book("bob").contacts().add(ContactDraft.builder("Bob's Contact").build());
            t.book("alice").contacts().add(ContactDraft.builder("Alice's Secret Contact").build());

            browser.driver.get(t.base() + "/contacts");
            browser.waiting().until(ExpectedConditions.urlContains("/login"));
            browser.driver.findElement(By.name("username")).sendKeys("bob");
            browser.driver.findElement(By.name("password")).sendKeys("wrong password");
            browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error"),
                    "Wrong name or password"));

            browser.driver.findElement(By.name("username")).clear();
            browser.driver.findElement(By.name("username")).sendKeys("bob");
            browser.driver.findElement(By.name("password")).sendKeys(TeamFixture.PASSWORD);
            browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
            browser.waiting().until(ExpectedConditions.urlMatches(".*/contacts$"));
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("Bob's Contact", "bob", "Sign out").doesNotContain("Alice's Secret Contact");

            browser.driver.findElement(By.cssSelector("form.signout button")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/login"));
            browser.driver.get(t.base() + "/contacts");
            browser.waiting().until(ExpectedConditions.urlContains("/login"));
        }
    }
}
