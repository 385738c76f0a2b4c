package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The network page of an empty book in real Chromium says how to start, not "Showing 0 of 0 people". */
class NetworkEmptyBrowserTest {
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
    void anEmptyBookSaysHowToStart() {
        browser.driver.get(web.base() + "/network");
        String status = browser.waiting().until(d -> {
            String text = d.findElement(By.id("network-status")).getText();
            return text.startsWith("Loading") ? null : text;
        });
        assertThat(status).isEqualTo("Nobody in your book yet. Add a person or import your contacts, and your network"
                + " appears here.").doesNotContain("Showing");
        WebElement status2 = browser.driver.findElement(By.id("network-status"));
        assertThat(status2.findElements(By.tagName("a"))).extracting(a -> a.getAttribute("href"))
                .containsExactly(web.base() + "/contacts/new", web.base() + "/import");
    }
}
