package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The duplicates page in real Chromium: pairs side by side, merged or set apart, and readable on a phone. */
class DuplicatesBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private long ida;
    private long idaB;
    private long kwameAcme;
    private long kwameGlobex;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        ida = web.book.contacts().add(ContactDraft.builder("Ida Berg").email("ida@berg.example").organization("Fjord")
                .build()).id();
        idaB = web.book.contacts().add(ContactDraft.builder("Ida B.").email("IDA@berg.example").phone("+47 555 01 234")
                .build()).id();
        kwameAcme = web.book.contacts().add(ContactDraft.builder("Kwame Khan").organization("Acme").build()).id();
        kwameGlobex = web.book.contacts().add(ContactDraft.builder("Kwame Khan").organization("Globex").build()).id();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        web.close();
        db.close();
    }

    private WebElement pair(long a, long b) {
        return browser.driver.findElement(By.cssSelector(".dup-pair[data-pair='" + a + "-" + b + "']"));
    }

    @Test
    void aPairIsMergedAndAnotherIsSetApartForGood() {
        browser = new Browser(1280, 900).signIn(web);
        browser.driver.get(web.base() + "/duplicates");
        assertThat(browser.driver.findElements(By.cssSelector(".dup-pair"))).hasSize(2);
        WebElement idas = pair(ida, idaB);
        assertThat(idas.findElement(By.cssSelector(".dup-why")).getText()).contains("same email ida@berg.example");
        assertThat(idas.findElements(By.cssSelector("tr.differs th"))).extracting(WebElement::getText)
                .containsExactly("Name", "Organization", "Email", "Phone");
        assertThat(idas.findElement(By.cssSelector("input[name=keep][value='" + ida + "']")).isSelected()).isTrue();
        idas.findElement(By.cssSelector(".dup-merge button[type=submit]")).click();

        WebElement toast = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
        assertThat(toast.getText()).contains("Merged Ida B. into Ida Berg");
        assertThat(toast.findElements(By.cssSelector(".toast-undo"))).as("a merge can be undone").hasSize(1);
        assertThat(web.book.contacts().get(idaB).archived()).isTrue();
        assertThat(web.book.contacts().get(ida).phones()).containsExactly("+47 555 01 234");
        assertThat(browser.driver.findElements(By.cssSelector(".dup-pair"))).hasSize(1);

        WebElement kwames = pair(kwameAcme, kwameGlobex);
        assertThat(kwames.findElement(By.cssSelector(".dup-why")).getText()).contains("same name, different organization");
        kwames.findElement(By.cssSelector(".dup-dismiss button[type=submit]")).click();
        toast = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
        assertThat(toast.getText()).contains("Kwame Khan and Kwame Khan are different people");
        assertThat(browser.driver.findElement(By.cssSelector("main")).getText()).contains("No likely duplicates");
        assertThat(web.book.contacts().get(kwameAcme).archived()).isFalse();
        assertThat(web.book.contacts().get(kwameGlobex).archived()).isFalse();

        browser.driver.navigate().refresh();
        assertThat(browser.driver.findElements(By.cssSelector(".dup-pair"))).as("set apart for good").isEmpty();
        assertThat(web.book.duplicates().find()).isEmpty();
    }

    @Test
    void undoInTheToastSeparatesAMergedPairAgain() {
        browser = new Browser(1280, 900).signIn(web);
        browser.driver.get(web.base() + "/duplicates");
        pair(ida, idaB).findElement(By.cssSelector("input[name=keep][value='" + idaB + "']")).click();
        pair(ida, idaB).findElement(By.cssSelector(".dup-merge button[type=submit]")).click();
        WebElement toast = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
        assertThat(toast.getText()).contains("Merged Ida Berg into Ida B.");
        assertThat(web.book.contacts().get(ida).archived()).isTrue();
        toast.findElement(By.cssSelector(".toast-undo")).click();
        browser.waiting().until(d -> !web.book.contacts().get(ida).archived());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#toasts"), "Undone"));
        assertThat(web.book.contacts().get(idaB).phones()).containsExactly("+47 555 01 234");
        assertThat(web.book.contacts().get(ida).emails()).containsExactly("ida@berg.example");
        assertThat(browser.driver.findElements(By.cssSelector(".dup-pair"))).hasSize(2);
    }

    @Test
    void pairsFitAPhoneWithoutSidewaysScrolling() {
        web.book.contacts().edit(ida, dev.kith.contacts.ContactPatch.builder()
                .linkedinUrl("https://www.linkedin.com/in/ida-berg-a-very-long-profile-name-that-goes-on-and-on-1234567890/")
                .notes("x").build());
        browser = new Browser(390, 844).signIn(web);
        browser.driver.get(web.base() + "/duplicates");
        assertThat(browser.driver.findElements(By.cssSelector(".dup-pair"))).hasSize(2);
        long scroll = ((Number) browser.driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        long width = ((Number) browser.driver.executeScript("return window.innerWidth")).longValue();
        assertThat(scroll).isLessThanOrEqualTo(width);
        WebElement merge = pair(ida, idaB).findElement(By.cssSelector(".dup-merge button[type=submit]"));
        assertThat(merge.isDisplayed()).isTrue();
    }
}
