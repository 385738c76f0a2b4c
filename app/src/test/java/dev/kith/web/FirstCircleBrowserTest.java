package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import dev.kith.io.ImportFormat;
import dev.kith.io.Progress;
import dev.kith.io.imports.Importer;
import dev.kith.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The first day in real Chromium: a book made of a synthetic LinkedIn export and nothing else shows the
 * "Choose your close circle" card on Today with the suggested people checked; unchecking one and submitting
 * puts the others in the close circle, and the card is gone.
 */
class FirstCircleBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        web = new WebFixture(db);
        byte[] export;
        try (var in = FirstCircleBrowserTest.class.getResourceAsStream("/first-day/Connections.csv")) {
            export = in.readAllBytes();
        }
        new Importer(web.book.book(), web.book.contacts(), web.book.milestones())
                .run(ImportFormat.LINKEDIN, "Connections.csv", export, false, Progress.NONE);
        long me = web.book.contacts().add(ContactDraft.builder("Alex Quinn").title("Senior Product Designer")
                .organization("Northwind Studio").build()).id();
        web.book.setMe(me);
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
    void theSuggestedCircleIsChosenWithCheckboxesAndTheCardGoes() {
        browser.driver.get(web.base() + "/");
        WebElement card = browser.driver.findElement(By.id("action-choose-circle:close"));
        assertThat(card.getText()).contains("Choose your close circle", "Nobody is in your close circle yet",
                "Diego Ramos (also at Northwind Studio)");
        List<WebElement> boxes = card.findElements(By.cssSelector("input[type=checkbox][name=person]"));
        assertThat(boxes).hasSize(6).allMatch(WebElement::isSelected);
        assertThat(browser.driver.findElement(By.tagName("body")).getText())
                .doesNotContain(PlainWordsBrowserTest.FORBIDDEN.toArray(String[]::new)).doesNotContain("choose-circle");

        long diego = web.book.contacts().resolve("Diego Ramos").id();
        long ana = web.book.contacts().resolve("Ana Costa").id();
        WebElement anaBox = card.findElement(By.id("circle-" + ana));
        anaBox.click(); // leave Ana out
        assertThat(anaBox.isSelected()).isFalse();
        card.findElement(By.cssSelector("form.circle-form button[type=submit]")).click();

        String toast = browser.waiting().until(d -> d.findElement(By.tagName("body")).getText()
                .contains("In your close circle now") ? d.findElement(By.tagName("body")).getText() : null);
        assertThat(toast).contains("Diego Ramos").doesNotContain("Ana Costa,");
        assertThat(browser.driver.findElements(By.id("action-choose-circle:close"))).as("chosen: the card is gone")
                .isEmpty();
        assertThat(web.book.contacts().get(diego).circle()).isEqualTo(Circle.CLOSE);
        assertThat(web.book.contacts().get(ana).circle()).isEqualTo(Circle.NETWORK);
        assertThat(web.book.today().plan(10).actions()).noneMatch(a -> a.kind().equals("choose-circle"))
                .anyMatch(a -> a.kind().equals("reconnect"));
        assertThat(web.book.contacts().list(new dev.kith.contacts.ContactFilter(null, Circle.CLOSE, false)))
                .hasSize(5);
    }

    @Test
    void choosingNobodySaysSoAndChangesNothing() throws Exception {
        var posted = web.form("/today/circle", "_csrf=" + web.csrfToken());
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("Choose at least one person for your close circle.");
        assertThat(web.book.contacts().list(new dev.kith.contacts.ContactFilter(null, Circle.CLOSE, false))).isEmpty();
    }
}
