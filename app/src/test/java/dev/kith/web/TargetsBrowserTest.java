package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.network.TargetStatus;
import dev.kith.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Targets page in real headless Chromium: add a target, read its path, see it on the picture, ask. */
class TargetsBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        long ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").organization("Analytical Engines")
                .build()).id();
        web.book.contacts().add(ContactDraft.builder("Mary Somerville").build());
        for (int i = 0; i < 6; i++) {
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(3 + 25L * i), InteractionKind.COFFEE,
                    Initiator.ME, 30, null, Exchange.NEUTRAL, false, List.of(ada)));
        }
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
    void aTargetAddedInTheBrowserShowsItsPathExplainedAndCanBeAskedFor() {
        browser.driver.get(web.base() + "/targets");
        browser.driver.findElement(By.id("target-name")).sendKeys("Grace Hopper");
        browser.driver.findElement(By.id("target-note")).sendKeys("she wrote the first compiler");
        browser.driver.findElement(By.cssSelector("form.target-form button[type=submit]")).click();
        assertThat(browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.error")))
                .getText())
                .contains("'Grace Hopper' is not in your book: give their organization");
        assertThat(browser.driver.findElement(By.id("target-org")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("target-name")).getAttribute("value")).isEqualTo("Grace Hopper");

        browser.driver.findElement(By.id("target-org")).sendKeys("Analytical Engines");
        browser.driver.findElement(By.cssSelector("form.target-form button[type=submit]")).click();

        WebElement target = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.target")));
        assertThat(target.findElement(By.tagName("h2")).getText()).isEqualTo("Grace Hopper (Analytical Engines)");
        List<String> hops = target.findElements(By.cssSelector("li.path")).get(0).findElements(By.cssSelector("li.hop"))
                .stream().map(WebElement::getText).toList();
        assertThat(hops).hasSize(2);
        assertThat(hops.get(0)).startsWith("me → Ada Lovelace: your tie: strength");
        assertThat(hops.get(1)).isEqualTo("Ada Lovelace → Grace Hopper: Ada Lovelace works at Analytical Engines,"
                + " where Grace Hopper works");
        assertThat(target.findElement(By.cssSelector("details.ask-draft textarea")).getAttribute("value"))
                .startsWith("Hi Ada, I'd like to ask you a favour: I'm hoping to meet Grace Hopper at Analytical Engines."
                        + " Here is why: she wrote the first compiler.");

        target.findElement(By.linkText("Show the best path on the network picture")).click();
        WebElement graph = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#graph[data-ready=true]")));
        assertThat(browser.driver.findElement(By.id("path-explained")).getText())
                .contains("Best path to Grace Hopper (Analytical Engines)", "ask Ada Lovelace for the introduction");
        Object onPath = browser.driver.executeScript(
                "return arguments[0].kithGraph.nodes('.on-path').map(function (n) { return n.data('label'); });", graph);
        assertThat(onPath).isEqualTo(List.of("Ada Lovelace", "Grace Hopper"));
        Object asked = browser.driver.executeScript(
                "return arguments[0].kithGraph.nodes('.ask').map(function (n) { return n.data('label'); });", graph);
        assertThat(asked).isEqualTo(List.of("Ada Lovelace"));

        browser.driver.navigate().back();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.target details.ask-draft summary")))
                .click();
        browser.driver.findElement(By.cssSelector("li.target button.mark-sent")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.target .pill"),
                "asked"));
        assertThat(web.book.network().targets().list(false)).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TargetStatus.ASKED));
        assertThat(web.book.network().referrals().open()).singleElement()
                .satisfies(a -> assertThat(a.contactName()).isEqualTo("Ada Lovelace"));
    }
}
