package dev.kith.web;

import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.demo.DemoBook;
import dev.kith.store.TestDatabase;
import dev.kith.contacts.ContactDraft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    void screenshotsOfTheMainPages() throws java.io.IOException {
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
                browser.driver.get(web.base() + "/network");
                browser.driver.findElement(By.id("path")).sendKeys(farthest(web).name());
                browser.driver.findElement(By.cssSelector("form.path-search button[type=submit]")).click();
                browser.waiting().until(d -> {
                    var graph = d.findElements(By.cssSelector("#graph[data-ready=true]"));
                    return !graph.isEmpty() && graph.getFirst().getAttribute("data-path-edges") != null
                            && !"0".equals(graph.getFirst().getAttribute("data-path-edges"));
                });
                browser.screenshot(folder.resolve("network-path.png"));
                browser.driver.get(web.base() + "/asks");
                browser.screenshot(folder.resolve("asks.png"));
                Path cards = importFile(web);
                try {
                    browser.driver.get(web.base() + "/import");
                    browser.driver.findElement(By.id("file")).sendKeys(cards.toString());
                    browser.driver.findElement(By.cssSelector("form[action='/import'] button[type=submit]")).click();
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-preview")));
                    browser.screenshot(folder.resolve("import-preview.png"));
                } finally {
                    Files.deleteIfExists(cards);
                }
                ContactSummary twin = web.book.contacts().list(ContactFilter.ALL_ACTIVE).stream().filter(c -> c.organization() != null).skip(7)
                        .findFirst().orElseThrow();
                web.book.contacts().add(ContactDraft.builder(twin.name()).organization("Freelance").build());
                browser.driver.get(web.base() + "/duplicates");
                browser.screenshot(folder.resolve("duplicates.png"));
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
                phone.driver.get(web.base() + "/contacts");
                phone.screenshot(folder.resolve("contacts-phone.png"));
            }
        }
    }

    /** Someone two or more steps away, for a path worth showing. */
    private static ContactSummary farthest(WebFixture web) {
        var network = web.book.network();
        return web.book.contacts().list(ContactFilter.ALL_ACTIVE).stream()
                .filter(s -> s.lastInteraction() == null)
                .filter(s -> !network.paths(network.resolve(s.name()), 1, 4).paths().isEmpty())
                .findFirst().orElseThrow();
    }

    /** A vCard file with a new person, an update of someone in the book and a same-name stranger. */
    private static Path importFile(WebFixture web) throws java.io.IOException {
        ContactSummary known = web.book.contacts().list(ContactFilter.ALL_ACTIVE).stream().filter(c -> !c.emails().isEmpty() && c.organization() != null)
                .findFirst().orElseThrow();
        ContactSummary namesake = web.book.contacts().list(ContactFilter.ALL_ACTIVE).stream().filter(c -> c.organization() != null && c.id() != known.id())
                .skip(3).findFirst().orElseThrow();
        String vcf = card("FN:Noor Haddad", "ORG:Tidewater Labs", "TITLE:Head of Research", "EMAIL:noor@tidewater.example")
                + card("FN:" + known.name(), "EMAIL:" + known.emails().getFirst(), "TEL:+44 20 7946 0018",
                "ORG:" + known.organization(), "TITLE:Chief Operating Officer")
                + card("FN:" + namesake.name(), "ORG:Brightline Partners", "EMAIL:not-an-email");
        Path file = Files.createTempFile("linkedin-and-phone", ".vcf");
        Files.writeString(file, vcf, StandardCharsets.UTF_8);
        return file.toAbsolutePath();
    }

    private static String card(String... lines) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + String.join("\r\n", lines) + "\r\nEND:VCARD\r\n";
    }
}
