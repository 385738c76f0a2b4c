package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactFilter;
import dev.kith.demo.DemoBook;
import dev.kith.events.Event;
import dev.kith.events.NewEvent;
import dev.kith.store.TestDatabase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The web app on a 390 × 844 phone in real Chromium: a short header, no sideways scrolling, a one-thumb capture. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser phone;

    @BeforeAll
    void start() {
        web = new WebFixture(db);
        DemoBook.generate(web.book, DemoBook.SEED, DemoBook.MIN_PEOPLE);
        phone = new Browser(390, 844).signIn(web);
    }

    @AfterAll
    void stop() {
        if (phone != null) {
            phone.close();
        }
        web.close();
        db.close();
    }

    /** Every page a person reaches: each nav entry, and one of each kind of detail page. */
    private List<String> everyPage() {
        phone.driver.get(web.base() + "/");
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement a : phone.driver.findElements(By.cssSelector("header a[href^='/']"))) {
            pages.add(a.getAttribute("href").substring(web.base().length()));
        }
        long contact = web.book.contacts().list(ContactFilter.ALL_ACTIVE).getFirst().id();
        pages.addAll(List.of("/contacts/" + contact, "/contacts/" + contact + "/edit", "/contacts/new",
                "/events/" + web.book.events().list().getFirst().id(), "/groups/" + web.book.groups().list().getFirst().id(),
                "/goals/" + web.book.goals().list().getFirst().id(), "/import/people", "/duplicates", "/network", "/intros"));
        if (!web.book.articles().list().isEmpty()) {
            pages.add("/articles/" + web.book.articles().list().getFirst().id());
        }
        return new ArrayList<>(pages);
    }

    @Test
    void everyPageHasAShortHeaderAndNoSidewaysScrolling() {
        List<String> pages = everyPage();
        assertThat(pages).contains("/", "/contacts", "/met", "/settings");
        JavascriptExecutor js = phone.driver;
        List<String> wide = new ArrayList<>();
        for (String path : pages) {
            phone.driver.get(web.base() + path);
            assertThat(phone.driver.findElements(By.cssSelector("main#main"))).as(path).isNotEmpty();
            long header = ((Number) js.executeScript("return document.querySelector('header.top').getBoundingClientRect().height")).longValue();
            assertThat(header).as("header height on " + path).isLessThanOrEqualTo(80);
            long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            long width = ((Number) js.executeScript("return window.innerWidth")).longValue();
            if (scroll > width) {
                wide.add(path + " (" + scroll + " px)");
            }
        }
        assertThat(wide).as("pages wider than the 390 px screen").isEmpty();
    }

    @Test
    void whoOnlyAsksIsSaidInWordsNotOnlyInRedOnAPhone() {
        phone.driver.get(web.base() + "/reciprocity");
        List<WebElement> onlyAsks = phone.driver.findElements(By.cssSelector("table.balances tr.only-asks"));
        assertThat(onlyAsks).as("the demo book has people you only asked").isNotEmpty();
        for (WebElement row : onlyAsks) {
            assertThat(row.getText()).as("a row shown in red on a 390 px phone").contains("give first");
        }
    }

    @Test
    void theMenuFoldsOpenAndShut() {
        phone.driver.get(web.base() + "/");
        WebElement settings = phone.driver.findElement(By.cssSelector("header a[href='/settings']"));
        assertThat(settings.isDisplayed()).isFalse();
        WebElement toggle = phone.driver.findElement(By.cssSelector(".menu-toggle"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(settings.isDisplayed()).isTrue();
        settings.click();
        phone.waiting().until(ExpectedConditions.urlToBe(web.base() + "/settings"));
        assertThat(phone.driver.findElement(By.cssSelector(".nav-links")).isDisplayed()).isFalse();
    }

    @Test
    void aWideScreenShowsTheLinksAndNoMenuButton() {
        try (Browser desk = new Browser(1280, 800).signIn(web)) {
            desk.driver.get(web.base() + "/");
            assertThat(desk.driver.findElement(By.cssSelector(".menu-toggle")).isDisplayed()).isFalse();
            assertThat(desk.driver.findElement(By.cssSelector("header a[href='/contacts']")).isDisplayed()).isTrue();
        }
    }

    @Test
    void contactFiltersAreFoldedOnAPhone() {
        phone.driver.get(web.base() + "/contacts");
        assertThat(phone.driver.findElement(By.id("q")).isDisplayed()).isTrue();
        assertThat(phone.driver.findElement(By.id("circle")).isDisplayed()).isFalse();
        phone.driver.findElement(By.cssSelector(".more-filters summary")).click();
        assertThat(phone.driver.findElement(By.id("circle")).isDisplayed()).isTrue();
        // the first person is on the first screen, not pushed below the filters
        long top = ((Number) phone.driver.executeScript(
                "return document.querySelector('#results').getBoundingClientRect().top")).longValue();
        phone.driver.navigate().refresh();
        top = ((Number) phone.driver.executeScript(
                "return document.querySelector('#results').getBoundingClientRect().top")).longValue();
        assertThat(top).isLessThan(420);
    }

    @Test
    void metSomeoneAtAConferenceWithOneThumb() {
        Event today = web.book.events().add(new NewEvent("Phone Camp", WebFixture.TODAY, null, null, "Lisbon", null));
        phone.driver.get(web.base() + "/");
        phone.driver.findElement(By.cssSelector("header a.capture")).click();
        phone.waiting().until(ExpectedConditions.urlToBe(web.base() + "/met"));
        // the event happening today is picked already; the button spans the screen
        assertThat(phone.driver.findElement(By.cssSelector("#m-event option:checked")).getText()).contains("Phone Camp");
        WebElement save = phone.driver.findElement(By.cssSelector(".capture-form button[type=submit]"));
        assertThat(save.getSize().getWidth()).isGreaterThan(300);
        assertThat(save.getSize().getHeight()).isGreaterThanOrEqualTo(48);
        phone.driver.findElement(By.id("m-name")).sendKeys("Zora Quist");
        phone.driver.findElement(By.id("m-organization")).sendKeys("Quist Labs");
        phone.driver.findElement(By.id("m-email")).sendKeys("zora@quist.example");
        phone.driver.findElement(By.id("m-note")).sendKeys("wants the RFID paper");
        save.click();
        WebElement toast = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
        assertThat(toast.getText()).contains("Saved Zora Quist, met at Phone Camp");
        // ready for the next person, at the same event
        assertThat(phone.driver.findElement(By.id("m-name")).getAttribute("value")).isEmpty();
        assertThat(phone.driver.findElement(By.cssSelector("#m-event option:checked")).getText()).contains("Phone Camp");
        var zora = web.book.contacts().resolve("Zora Quist");
        assertThat(zora.emails()).containsExactly("zora@quist.example");
        assertThat(web.book.events().followups(today.id())).extracting(e -> e.name()).contains("Zora Quist");
        assertThat(web.book.interactions().withContact(zora.id(), 5).getFirst().summary()).contains("wants the RFID paper");
    }

    @Test
    void aNameThatMatchesTwoPeopleAsksWhichOne() {
        Event camp = web.book.events().add(new NewEvent("Twin Camp", WebFixture.TODAY.minusDays(1), null, null, null, null));
        long first = web.book.contacts().add(dev.kith.contacts.ContactDraft.builder("Sam Twin").organization("North").build()).id();
        long second = web.book.contacts().add(dev.kith.contacts.ContactDraft.builder("Sam Twin").organization("South").build()).id();
        phone.driver.get(web.base() + "/met?event=" + camp.id());
        phone.driver.findElement(By.id("m-name")).sendKeys("Sam Twin");
        phone.driver.findElement(By.cssSelector(".capture-form button[type=submit]")).click();
        WebElement alert = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert")));
        assertThat(alert.getText()).contains("More than one person called Sam Twin").doesNotContain("ambiguous", "#");
        List<WebElement> choices = phone.driver.findElements(By.cssSelector(".candidate"));
        assertThat(choices).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("South"));
        phone.driver.findElement(By.cssSelector(".candidate input[value='" + second + "']")).click();
        phone.driver.findElement(By.cssSelector(".capture-form button[type=submit]")).click();
        phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
        assertThat(web.book.interactions().withContact(second, 5)).hasSize(1);
        assertThat(web.book.interactions().withContact(first, 5)).isEmpty();
    }
}
