package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Circle;
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

/**
 * The compact Contacts table and the Articles form in real Chromium: one dense row per person with
 * days overdue, do-not-contact and "matched in"; on a 390 px phone no sideways scrolling and the
 * filters folded; the article form's labels and fields on one grid.
 */
class ContactsTableBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private long ada;
    private long quinn;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").organization("Analytical Engines")
                .title("Analyst").email("ada@engines.example").tag("math").circle(Circle.INNER).build()).id();
        web.book.contacts().add(ContactDraft.builder("Mary Somerville").notes("astronomy and physics").build());
        quinn = web.book.contacts().add(ContactDraft.builder("Quinn Quiet").circle(Circle.INNER).doNotContact(true)
                .build()).id();
        // a long name and organization, as a phone must wrap them rather than scroll
        web.book.contacts().add(ContactDraft.builder("Bartholomew Maximilian Featherstonehaugh-Cholmondeley")
                .organization("The International Consortium for Extraordinarily Long Organization Names")
                .title("Principal Distinguished Engineer").build());
        for (long who : List.of(ada, quinn)) {
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(Circle.INNER.defaultCadenceDays() + 9),
                    InteractionKind.COFFEE, Initiator.ME, null, "coffee", Exchange.NEUTRAL, false, List.of(who)));
        }
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
    void aRowPerPersonWithDaysOverdueDoNotContactAndWhereTheSearchMatched() {
        browser = new Browser(1280, 900).signIn(web);
        browser.driver.get(web.base() + "/contacts");
        List<String> headers = browser.driver.findElements(By.cssSelector(".contacts-table thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headers).containsExactly("NAME", "ORGANIZATION", "CIRCLE", "LAST CONTACT", "OVERDUE");
        WebElement adaRow = row(ada);
        assertThat(adaRow.findElement(By.cssSelector(".c-overdue")).getText()).isEqualTo("9 days");
        assertThat(adaRow.findElement(By.cssSelector(".c-org")).getText()).isEqualTo("Analytical Engines · Analyst");
        assertThat(adaRow.findElement(By.cssSelector(".c-last")).getText())
                .isEqualTo(WebFixture.TODAY.minusDays(Circle.INNER.defaultCadenceDays() + 9).toString());
        assertThat(adaRow.findElements(By.cssSelector(".dnc-mark"))).isEmpty();
        WebElement quinnRow = row(quinn);
        assertThat(quinnRow.findElement(By.cssSelector(".dnc-mark")).getText()).isEqualTo("DO NOT CONTACT".toLowerCase());
        assertThat(quinnRow.findElement(By.cssSelector(".c-overdue")).getText()).as("never overdue").isEmpty();
        // dense: a row is one line of text high, not a card
        assertThat(adaRow.getSize().getHeight()).isLessThan(48);

        browser.driver.findElement(By.id("q")).sendKeys("engines");
        browser.waiting().until(d -> d.findElements(By.cssSelector(".contacts-table .c-matched")).size() == 1);
        assertThat(browser.driver.findElement(By.cssSelector(".contacts-table thead")).getText()).contains("MATCHED IN");
        assertThat(row(ada).findElement(By.cssSelector(".c-matched")).getText()).isEqualTo("email, organization");
        browser.driver.get(web.base() + "/contacts?q=astro");
        assertThat(browser.driver.findElement(By.cssSelector(".contacts-table tbody .c-matched")).getText()).isEqualTo("notes");
        browser.driver.get(web.base() + "/contacts?q=math");
        assertThat(row(ada).findElement(By.cssSelector(".c-matched")).getText()).isEqualTo("tag");
    }

    @Test
    void onAPhoneTheRowsStackWithoutSidewaysScrollingAndTheFiltersAreFolded() {
        browser = new Browser(390, 844).signIn(web);
        for (String page : List.of("/contacts", "/contacts?q=engines", "/contacts?q=consortium")) {
            browser.driver.get(web.base() + page);
            long scroll = ((Number) browser.driver.executeScript("return document.documentElement.scrollWidth")).longValue();
            long width = ((Number) browser.driver.executeScript("return window.innerWidth")).longValue();
            assertThat(scroll).as("page width of " + page).isLessThanOrEqualTo(width);
            assertThat(browser.driver.findElement(By.id("circle")).isDisplayed()).as("filters folded").isFalse();
            assertThat(browser.driver.findElement(By.cssSelector(".more-filters summary")).getText()).isEqualTo("Filters");
        }
        browser.driver.get(web.base() + "/contacts");
        // the first people are on the first screen, below a short search form
        WebElement first = browser.driver.findElement(By.cssSelector(".contacts-table tbody tr"));
        assertThat(first.getLocation().getY() + first.getSize().getHeight()).isLessThan(400);
        WebElement adaRow = row(ada);
        assertThat(adaRow.findElement(By.cssSelector(".c-overdue")).isDisplayed()).isTrue();
        assertThat(adaRow.findElement(By.cssSelector(".c-overdue")).getText()).isEqualTo("9 days");
        assertThat(browser.driver.executeScript("return getComputedStyle(arguments[0], '::before').content;",
                adaRow.findElement(By.cssSelector(".c-overdue")))).as("said as words on a phone").isEqualTo("\"overdue \"");
        browser.driver.findElement(By.cssSelector(".more-filters summary")).click();
        assertThat(browser.driver.findElement(By.id("circle")).isDisplayed()).isTrue();
    }

    @Test
    void theArticlesFormPutsLabelsAndFieldsOnAGrid() {
        browser = new Browser(1280, 900).signIn(web);
        browser.driver.get(web.base() + "/articles");
        WebElement url = browser.driver.findElement(By.id("a-url"));
        WebElement title = browser.driver.findElement(By.id("a-title"));
        WebElement text = browser.driver.findElement(By.id("a-text"));
        WebElement takeaway = browser.driver.findElement(By.id("a-takeaway"));
        WebElement tags = browser.driver.findElement(By.id("a-tags"));
        // two columns: link | title, then the text across both, then takeaway | tags
        assertThat(title.getLocation().getY()).isEqualTo(url.getLocation().getY());
        assertThat(tags.getLocation().getY()).isEqualTo(takeaway.getLocation().getY());
        assertThat(takeaway.getLocation().getX()).isEqualTo(url.getLocation().getX());
        assertThat(tags.getLocation().getX()).isEqualTo(title.getLocation().getX());
        assertThat(text.getLocation().getX()).isEqualTo(url.getLocation().getX());
        assertThat(text.getSize().getWidth()).isEqualTo(tags.getLocation().getX() + tags.getSize().getWidth()
                - url.getLocation().getX());
        assertThat(url.getSize().getWidth()).isEqualTo(title.getSize().getWidth());
        for (String id : List.of("a-url", "a-title", "a-text", "a-takeaway", "a-tags")) {
            WebElement label = browser.driver.findElement(By.cssSelector("label[for='" + id + "']"));
            WebElement field = browser.driver.findElement(By.id(id));
            assertThat(label.getLocation().getX()).as("label of " + id + " starts where its field does")
                    .isEqualTo(field.getLocation().getX());
            assertThat(label.getLocation().getY()).as("label of " + id + " above its field")
                    .isLessThan(field.getLocation().getY());
        }
        WebElement button = browser.driver.findElement(By.cssSelector("form[action='/articles'] button[type=submit]"));
        assertThat(button.getLocation().getX()).isEqualTo(url.getLocation().getX());
        assertThat(button.getLocation().getY()).isGreaterThan(tags.getLocation().getY());
    }

    private WebElement row(long id) {
        return browser.driver.findElement(By.cssSelector(".contacts-table tr[data-id='" + id + "']"));
    }
}
