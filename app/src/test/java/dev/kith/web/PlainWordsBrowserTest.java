package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Pages in real Chromium speak plainly: no state codes, no CLI flags, no raw error prefixes, reasons as sentences. */
class PlainWordsBrowserTest {
    /** Words that must never reach a page. */
    static final List<String> FORBIDDEN = List.of("asking-a", "asking-b", "asked-a", "asked-b", "--outcome",
            "--declined", "similarity 0", "similarity 1", "is ambiguous", "Exception", "other: ", "kind: ", "name: ");

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

    private String text(String path) {
        browser.driver.get(web.base() + path);
        String text = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(text).as(path).doesNotContain(FORBIDDEN.toArray(String[]::new));
        return text;
    }

    @Test
    void introductionsReadAsWhoWeAreWaitingFor() {
        var ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
        var ben = web.book.contacts().add(ContactDraft.builder("Ben Okafor").build());
        var cy = web.book.contacts().add(ContactDraft.builder("Cy Diaz").build());
        var dee = web.book.contacts().add(ContactDraft.builder("Dee Evans").build());
        web.book.intros().start(ana, ben, "both migrate email");
        var second = web.book.intros().start(cy, dee, "both run archives");
        web.book.intros().advance(second.id(), false, null);
        String page = text("/intros");
        assertThat(page).contains("Waiting for Ana Lima", "Waiting for Dee Evans", "Cy Diaz agreed; asked Dee Evans");
        web.book.intros().advance(second.id(), false, null);
        assertThat(text("/intros")).contains("Both agreed — introduced them", "Note how it went");
    }

    @Test
    void reasonsAnArticleSuitsSomeoneAreSentences() {
        web.book.contacts().add(ContactDraft.builder("Ana Lima").interest("email migration")
                .notes("moving the library's email to the cloud next spring").build());
        var article = web.book.articles().add("https://example.org/migrate", "Lessons from an email migration",
                "Moving forty thousand mailboxes of a library to the cloud.", null, List.of());
        String page = text("/articles/" + article.id());
        assertThat(page).contains("Interested in email migration.");
    }

    @Test
    void aFailedQuickFormSaysWhatIsWrongInASentence() {
        long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        browser.driver.get(web.base() + "/contacts/" + ana);
        browser.driver.findElement(By.cssSelector("#activity details.more summary")).click();
        browser.driver.findElement(By.id("t-other")).sendKeys("Nobody Atall");
        browser.driver.findElement(By.cssSelector("form[action$='/ties'] button[type=submit]")).click();
        String error = browser.waiting().until(d -> d.findElement(By.cssSelector("#activity p.error"))).getText();
        assertThat(error).startsWith("No contact named").doesNotContain("other:");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain(FORBIDDEN.toArray(String[]::new));
    }

    @Test
    void asksAndClosedGoalsReadPlainly() {
        var ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build());
        var ask = web.book.network().referrals().ask(ana.id(), "fundraising", null);
        web.book.network().referrals().close(web.book.network().referrals().ask(ana.id(), "archives", null).id());
        String page = text("/asks");
        assertThat(page).contains("Waiting for Ana Lima about fundraising", "Ana Lima about archives: no one came of it");
        browser.driver.findElement(By.cssSelector("#ask-" + ask.id() + " details.ask-answer summary")).click();
        browser.driver.findElement(By.id("ans-name-" + ask.id())).sendKeys("Ana Lima");
        browser.driver.findElement(By.cssSelector("form[action='/asks/" + ask.id() + "/answer'] button[type=submit]")).click();
        String error = browser.waiting().until(d -> d.findElement(By.cssSelector("#ask-" + ask.id() + " [role=alert]"))).getText();
        assertThat(error).isEqualTo("A person cannot refer themselves.");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain(FORBIDDEN.toArray(String[]::new))
                .doesNotContain("suggested-");

        var goal = web.book.goals().add("Find a co-author", List.of(), null);
        web.book.goals().close(goal.id(), dev.kith.goals.GoalClosing.ACHIEVED, null);
        assertThat(text("/goals/" + goal.id())).contains("Achieved on 2026-11-15", "Reopen this goal").doesNotContain("closed_as");
        assertThat(text("/goals")).contains("Closed goals", "achieved");
    }
}
