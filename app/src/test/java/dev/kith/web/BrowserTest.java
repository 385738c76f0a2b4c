package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactFilter;
import dev.kith.network.TieKind;
import dev.kith.network.TieSource;
import dev.kith.store.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The web app in real headless Chromium: the things a person does with it. */
class BrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private long ada;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").organization("Analytical Engines")
                .tag("math").build()).id();
        long bob = web.book.contacts().add(ContactDraft.builder("Charles Babbage")
                .organization("Analytical Engines").build()).id();
        long mary = web.book.contacts().add(ContactDraft.builder("Mary Somerville").notes("astronomy and physics")
                .build()).id();
        web.book.ties().add(ada, bob, TieKind.COLLEAGUE, null, TieSource.MANUAL);
        web.book.ties().add(ada, mary, TieKind.MENTOR, null, TieSource.MANUAL);
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
    void todaysActionIsCompletedWithAnEditedNote() {
        web.book.interactions().log(dev.kith.interactions.Interaction.draft(WebFixture.TODAY.minusDays(1),
                dev.kith.interactions.InteractionKind.EVENT_ENCOUNTER, dev.kith.interactions.Initiator.ME, null,
                "ALA Annual", dev.kith.interactions.Exchange.NEUTRAL, false, List.of(ada)));
        browser.driver.get(web.base() + "/");
        WebElement action = browser.driver.findElement(By.cssSelector("li.action"));
        assertThat(action.getText()).contains("Follow up", "Ada Lovelace", "haven't followed up");
        WebElement draft = action.findElement(By.tagName("textarea"));
        assertThat(draft.getAttribute("value")).startsWith("Hi Ada, it was a pleasure to meet you at the event yesterday.");
        draft.clear();
        draft.sendKeys("Hi Ada, lovely to meet you at ALA Annual!");
        action.findElement(By.cssSelector("button[type=submit].primary")).click();

        browser.waiting().until(d -> d.findElements(By.cssSelector("li.action")).isEmpty());
        assertThat(browser.driver.findElement(By.cssSelector(".page-head")).getText()).contains("1-day streak");
        assertThat(web.book.interactions().withContact(ada, 1).get(0).summary())
                .contains("lovely to meet you at ALA Annual!");
    }

    @Test
    void todaysNoteIsSentByEmailFromThePage() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            long grace = web.book.contacts().add(ContactDraft.builder("Grace Hopper").email("grace@navy.example")
                    .build()).id();
            web.book.interactions().log(dev.kith.interactions.Interaction.draft(WebFixture.TODAY.minusDays(1),
                    dev.kith.interactions.InteractionKind.COFFEE, dev.kith.interactions.Initiator.ME, null,
                    "COBOL chat", dev.kith.interactions.Exchange.NEUTRAL, false, List.of(grace)));
            browser.driver.get(web.base() + "/settings");
            browser.driver.findElement(By.id("s-host")).sendKeys("127.0.0.1");
            WebElement port = browser.driver.findElement(By.id("s-port"));
            port.clear();
            port.sendKeys(Integer.toString(smtp.getSmtp().getPort()));
            browser.driver.findElement(By.id("s-from")).sendKeys("me@example.org");
            browser.driver.findElement(By.id("s-tls")).click();
            browser.driver.findElement(By.cssSelector(".form-actions button")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "Saved"));

            browser.driver.get(web.base() + "/");
            WebElement action = browser.driver.findElement(By.cssSelector("li.action"));
            WebElement send = action.findElement(By.cssSelector("button.send"));
            assertThat(send.getText()).isEqualTo("Send to grace@navy.example");
            WebElement subject = action.findElement(By.cssSelector("input[name=subject]"));
            subject.clear();
            subject.sendKeys("Thanks for the coffee");
            send.click();

            browser.waiting().until(d -> d.findElements(By.cssSelector("li.action")).isEmpty());
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Thanks for the coffee");
            assertThat(web.book.interactions().withContact(grace, 1).get(0).date()).isEqualTo(WebFixture.TODAY);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aLinkedInExportIsImportedThroughThePageAfterADryRun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path file = tmp.resolve("Connections.csv");
        java.nio.file.Files.writeString(file, """
                Notes:
                "When exporting your connection data, you may notice that some of the email addresses are missing."

                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Grace,Hopper,https://www.linkedin.com/in/grace-hopper,grace@navy.example,US Navy,Rear Admiral,24 Nov 2026
                Ada,Lovelace,,,"Analytical Engines, Ltd",Analyst,02 Jan 2025
                """);
        browser.driver.get(web.base() + "/import");
        browser.driver.findElement(By.id("file")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("form[action='/import'] button[type=submit]")).click();

        WebElement summary = browser.waiting().until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[action='/import/apply']")));
        assertThat(browser.driver.getPageSource()).contains("LinkedIn connections", "to add");
        assertThat(web.book.contacts().list(ContactFilter.ALL_ACTIVE)).extracting("name")
                .doesNotContain("Grace Hopper");

        summary.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Added"));
        assertThat(web.book.contacts().list(ContactFilter.ALL_ACTIVE)).extracting("name").contains("Grace Hopper");
    }

    @Test
    void anInvalidEmailShowsItsFieldErrorUntilFixed() {
        browser.driver.get(web.base() + "/contacts/new");
        browser.driver.findElement(By.id("f-name")).sendKeys("Grace Hopper");
        browser.driver.findElement(By.id("f-email")).sendKeys("grace-at-navy");
        browser.driver.findElement(By.cssSelector("button[type=submit].primary")).click();

        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-email")));
        assertThat(error.getText()).contains("grace-at-navy").contains("not an email address");
        assertThat(browser.driver.findElement(By.id("f-email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("f-name")).getAttribute("value")).isEqualTo("Grace Hopper");

        WebElement email = browser.driver.findElement(By.id("f-email"));
        email.clear();
        email.sendKeys("grace@navy.example");
        browser.driver.findElement(By.cssSelector("button[type=submit].primary")).click();

        browser.waiting().until(ExpectedConditions.urlMatches("/contacts/\\d+$"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Grace Hopper");
        assertThat(web.book.contacts().resolve("Grace Hopper").emails()).containsExactly("grace@navy.example");
    }

    @Test
    void searchingAsYouTypeNarrowsTheList() {
        browser.driver.get(web.base() + "/contacts");
        assertThat(names()).containsExactly("Ada Lovelace", "Charles Babbage", "Mary Somerville");

        browser.driver.findElement(By.id("q")).sendKeys("astro");

        browser.waiting().until(d -> names().equals(List.of("Mary Somerville")));
        assertThat(browser.driver.getCurrentUrl()).contains("q=astro");
    }

    @Test
    void loggingAnInteractionFromTheContactPageAddsItToTheTimeline() {
        browser.driver.get(web.base() + "/contacts");
        browser.driver.findElement(By.linkText("Ada Lovelace")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/contacts/" + ada));

        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("i-kind"))).selectByValue("lunch");
        browser.driver.findElement(By.id("i-summary")).sendKeys("Talked about the engine's notes");
        browser.driver.findElement(By.id("i-summary")).submit();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".timeline"),
                "Talked about the engine's notes"));
        assertThat(web.book.interactions().withContact(ada, 10)).singleElement()
                .satisfies(i -> assertThat(i.summary()).isEqualTo("Talked about the engine's notes"));
    }

    @Test
    void clickingAPersonInTheNetworkPictureOpensThem() {
        browser.driver.get(web.base() + "/network");
        WebElement graph = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#graph[data-ready=true]")));
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) browser.driver.executeScript("""
                var n = arguments[0].kithGraph.nodes().filter(function (n) { return n.data('label') === 'Mary Somerville'; })[0];
                var p = n.renderedPosition();
                return {x: p.x, y: p.y, w: arguments[0].clientWidth, h: arguments[0].clientHeight, id: n.data('pid')};""",
                graph);
        int x = (int) Math.round(((Number) node.get("x")).doubleValue() - ((Number) node.get("w")).doubleValue() / 2);
        int y = (int) Math.round(((Number) node.get("y")).doubleValue() - ((Number) node.get("h")).doubleValue() / 2);

        new Actions(browser.driver).moveToElement(graph, x, y).click().perform();

        browser.waiting().until(ExpectedConditions.urlMatches("/contacts/" + node.get("id") + "$"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mary Somerville");
    }

    @Test
    void theStrictContentSecurityPolicyLeavesThePagesWorking() {
        // Recorded from before any script of the page runs; DevTools' own script is outside the page's policy.
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = [];"
                        + "document.addEventListener('securitypolicyviolation',"
                        + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
        for (String page : List.of("/", "/contacts", "/contacts/" + ada, "/contacts/" + ada + "/edit", "/contacts/new",
                "/network", "/events", "/groups", "/goals", "/targets", "/articles", "/intros", "/import", "/settings")) {
            browser.driver.get(web.base() + page);
            assertThat(browser.driver.executeScript("return typeof window.htmx;")).as(page).isEqualTo("object");
            assertThat(violations()).as("CSP violations on " + page).isEmpty();
        }
        browser.driver.executeScript("const s = document.createElement('script');"
                + " s.textContent = 'window.inlineRan = true'; document.body.appendChild(s);");
        browser.waiting().until(d -> !violations().isEmpty());
        assertThat(violations()).as("an inline script is refused, and the refusal is seen")
                .singleElement().asString().startsWith("script-src");
        assertThat(browser.driver.executeScript("return window.inlineRan === true;")).isEqualTo(false);
        assertThat(web.book.contacts().list(ContactFilter.ALL_ACTIVE)).hasSize(3);
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) browser.driver.executeScript("return window.cspViolations;");
    }

    private List<String> names() {
        return browser.driver.findElements(By.cssSelector("#results .name")).stream().map(WebElement::getText).toList();
    }
}
