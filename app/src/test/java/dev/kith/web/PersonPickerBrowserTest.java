package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Naming a person in a form, in real Chromium: an accessible combobox, and a pick list for a shared name. */
class PersonPickerBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private long ana;
    private long mayaPatel;
    private long mayaRuiz;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").build()).id();
        mayaPatel = web.book.contacts().add(ContactDraft.builder("Maya Patel").organization("Acme").build()).id();
        mayaRuiz = web.book.contacts().add(ContactDraft.builder("Maya Ruiz").organization("Globex").build()).id();
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

    private WebElement openTieForm() {
        browser.driver.get(web.base() + "/contacts/" + ana);
        browser.driver.findElement(By.cssSelector("#activity details.more summary")).click();
        return browser.driver.findElement(By.id("t-other"));
    }

    @Test
    void typingANameOffersThePeopleAndTheKeyboardPicksOne() {
        WebElement other = openTieForm();
        assertThat(other.getAttribute("role")).isEqualTo("combobox");
        assertThat(other.getAttribute("aria-expanded")).isEqualTo("false");
        other.sendKeys("May");
        WebElement list = browser.driver.findElement(By.id(other.getAttribute("aria-controls")));
        browser.waiting().until(d -> list.findElements(By.cssSelector("[role=option]")).size() == 2);
        assertThat(list.getAttribute("role")).isEqualTo("listbox");
        assertThat(other.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(list.getText()).contains("Maya Patel", "Acme", "Maya Ruiz", "Globex");
        other.sendKeys(Keys.ARROW_DOWN);
        other.sendKeys(Keys.ARROW_DOWN);
        List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
        String activeId = other.getAttribute("aria-activedescendant");
        WebElement active = options.stream().filter(o -> o.getAttribute("id").equals(activeId)).findFirst().orElseThrow();
        assertThat(active.getAttribute("aria-selected")).isEqualTo("true");
        String chosen = active.getText();
        other.sendKeys(Keys.ENTER);
        assertThat(other.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(chosen).startsWith(other.getAttribute("value"));
        browser.driver.findElement(By.cssSelector("form[action$='/ties'] button[type=submit]")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("#activity .ties")).getText().contains("Maya"));
        long expected = chosen.startsWith("Maya Patel") ? mayaPatel : mayaRuiz;
        assertThat(web.book.ties().ofContact(ana)).extracting(t -> t.other(ana)).containsExactly(expected);
    }

    @Test
    void anAmbiguousNameAnswersWithThePeopleToPickFrom() {
        WebElement other = openTieForm();
        other.sendKeys("Maya");
        other.sendKeys(Keys.ESCAPE);
        browser.driver.findElement(By.cssSelector("form[action$='/ties'] button[type=submit]")).click();
        WebElement error = browser.waiting().until(d -> d.findElement(By.cssSelector("#activity p.error")));
        assertThat(error.getText()).contains("More than one person matches 'Maya'").doesNotContain("ambiguous", "other:");
        List<WebElement> choices = browser.driver.findElements(By.cssSelector("#activity .candidate"));
        assertThat(choices).extracting(WebElement::getText).containsExactlyInAnyOrder("Maya Patel Acme", "Maya Ruiz Globex");
        browser.driver.findElement(By.cssSelector("#activity .candidate input[value='" + mayaRuiz + "']")).click();
        browser.driver.findElement(By.cssSelector("form[action$='/ties'] button[type=submit]")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("#activity .ties")).getText().contains("Maya Ruiz"));
        assertThat(web.book.ties().ofContact(ana)).extracting(t -> t.other(ana)).containsExactly(mayaRuiz);
    }
}
