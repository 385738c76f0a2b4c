package dev.kith.web;

import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.demo.DemoBook;
import dev.kith.store.TestDatabase;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Saves screenshots of the main pages over the demo book for the docs. Runs only when asked (tests
 * run in app/): {@code mvn test -pl app -am -Dtest=ScreenshotsTest -Dkith.screenshots=$PWD/docs/screenshots}.
 */
class ScreenshotsTest {

    @Test
    @EnabledIfSystemProperty(named = "kith.screenshots", matches = ".+")
    void screenshotsOfTheMainPages() {
        Path folder = Path.of(System.getProperty("kith.screenshots")).toAbsolutePath();
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            DemoBook.generate(web.book, DemoBook.SEED, DemoBook.DEFAULT_PEOPLE);
            long busiest = web.book.contacts().list(ContactFilter.ALL_ACTIVE).stream()
                    .filter(s -> s.organization() != null && !s.tags().isEmpty())
                    .max(Comparator.comparing(ContactSummary::lastInteraction,
                            Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow().id();
            try (Browser browser = new Browser(1280, 900).signIn(web)) {
                browser.driver.get(web.base() + "/");
                browser.screenshot(folder.resolve("today.png"));
                browser.driver.get(web.base() + "/contacts");
                browser.screenshot(folder.resolve("contacts.png"));
                browser.driver.get(web.base() + "/contacts/" + busiest);
                browser.screenshot(folder.resolve("contact.png"));
                browser.driver.get(web.base() + "/network");
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#graph[data-ready=true]")));
                browser.screenshot(folder.resolve("network.png"));
                browser.driver.get(web.base() + "/contacts/new");
                browser.driver.findElement(By.id("f-name")).sendKeys("Grace Hopper");
                browser.driver.findElement(By.id("f-organization")).sendKeys("US Navy");
                browser.driver.findElement(By.id("f-email")).sendKeys("grace-at-navy");
                browser.driver.findElement(By.cssSelector("button[type=submit].primary")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-email")));
                browser.screenshot(folder.resolve("add-contact-error.png"));
                browser.driver.get(web.base() + "/settings");
                browser.screenshot(folder.resolve("settings.png"));
                browser.driver.get(web.base() + "/breadth");
                browser.screenshot(folder.resolve("breadth.png"));
            }
            try (Browser phone = new Browser(390, 844).signIn(web)) {
                phone.driver.get(web.base() + "/contacts/" + busiest);
                phone.screenshot(folder.resolve("contact-phone.png"));
                phone.driver.get(web.base() + "/");
                phone.screenshot(folder.resolve("today-phone.png"));
                phone.driver.findElement(By.cssSelector(".menu-toggle")).click();
                phone.screenshot(folder.resolve("menu-phone.png"));
                phone.driver.get(web.base() + "/met");
                phone.screenshot(folder.resolve("met-phone.png"));
            }
        }
    }
}
