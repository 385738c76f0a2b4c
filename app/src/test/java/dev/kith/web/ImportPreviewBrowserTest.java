package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The import preview on a 390 px phone in real Chromium: who would be added, merged (with the fields
 * that change) and skipped, warnings with their lines, and a merge-or-keep-both choice for people who
 * look like someone already in the book; applying honours the choices.
 */
class ImportPreviewBrowserTest {
    private static final String VCF = card("FN:Zed New", "EMAIL:not-an-email", "EMAIL:zed@new.example")
            + card("FN:Ana Lima", "EMAIL:ana@acme.example", "TEL:+1 555 010 1234", "ORG:Acme", "TITLE:CTO")
            + card("NOTE:a card that names nobody")
            + card("FN:Kwame Khan", "ORG:Globex", "EMAIL:kwame@globex.example")
            + card("FN:Sam Okoro", "ORG:Vandelay", "EMAIL:sam@vandelay.example");

    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser phone;
    private Path file;
    private long ana;
    private long kwame;
    private long sam;

    private static String card(String... lines) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + String.join("\r\n", lines) + "\r\nEND:VCARD\r\n";
    }

    @BeforeEach
    void start() throws IOException {
        web = new WebFixture(db);
        ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.example").organization("Acme")
                .build()).id();
        kwame = web.book.contacts().add(ContactDraft.builder("Kwame Khan").email("kwame@acme.example")
                .organization("Acme").build()).id();
        sam = web.book.contacts().add(ContactDraft.builder("Sam Okoro").organization("Umbrella").build()).id();
        file = Files.createTempFile("kith-import", ".vcf");
        Files.writeString(file, VCF, StandardCharsets.UTF_8);
        phone = new Browser(390, 844).signIn(web);
    }

    @AfterEach
    void stop() throws IOException {
        if (phone != null) {
            phone.close();
        }
        web.close();
        db.close();
        Files.deleteIfExists(file);
    }

    private List<Contact> active(String name) {
        return web.book.contacts().all().stream().filter(c -> c.name().equals(name) && !c.archived()).toList();
    }

    private WebElement row(String section, String name) {
        return phone.driver.findElements(By.cssSelector(".import-rows." + section + " .import-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".who")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " under " + section));
    }

    private void noSidewaysScroll(String what) {
        long scroll = ((Number) phone.driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        long width = ((Number) phone.driver.executeScript("return window.innerWidth")).longValue();
        assertThat(scroll).as("width of " + what).isLessThanOrEqualTo(width);
    }

    @Test
    void thePreviewListsEveryRecordAndApplyingHonoursTheMergeOrKeepBothChoices() {
        phone.driver.get(web.base() + "/import");
        phone.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        phone.driver.findElement(By.cssSelector("form[action='/import'] button[type=submit]")).click();
        WebElement preview = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-preview")));
        assertThat(preview.findElement(By.tagName("h2")).getText()).isEqualTo("Preview: " + file.getFileName());
        noSidewaysScroll("the preview");

        assertThat(row("added", "Zed New").getText()).contains("line 1");
        WebElement merged = row("merged", "Ana Lima");
        assertThat(merged.getText()).contains("into Ana Lima (Acme)");
        assertThat(merged.findElements(By.cssSelector(".changes dt"))).extracting(WebElement::getText)
                .containsExactly("Phone", "Job title");
        assertThat(merged.findElement(By.cssSelector(".changes")).getText()).contains("+1 555 010 1234", "CTO");
        assertThat(phone.driver.findElement(By.cssSelector(".import-rows.skipped")).getText())
                .contains("line 15", "no name, organization, email or phone");
        assertThat(phone.driver.findElement(By.cssSelector(".warnings")).getText())
                .contains("Line 4: email: 'not-an-email' is not an email address (field dropped)");

        WebElement kwameRow = row("likely", "Kwame Khan");
        assertThat(kwameRow.getText()).contains("Looks like Kwame Khan (Acme) — same name, different organization");
        WebElement keep = kwameRow.findElement(By.cssSelector("input[value='keep']"));
        assertThat(keep.isSelected()).as("a different organization is kept apart unless chosen").isTrue();
        keep.click();
        WebElement samRow = row("likely", "Sam Okoro");
        assertThat(samRow.getText()).contains("Looks like Sam Okoro (Umbrella)");
        samRow.findElement(By.cssSelector("input[value='merge-" + sam + "']")).click();
        assertThat(web.book.contacts().all()).as("the preview changed nothing").hasSize(3);

        phone.driver.findElement(By.cssSelector("#apply-import button[type=submit]")).click();
        WebElement toast = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast")));
        assertThat(toast.getText()).contains("2 added", "2 merged", "1 skipped", "1 kept apart from someone they look like");
        assertThat(phone.driver.findElement(By.cssSelector(".import-preview h2")).getText()).startsWith("Imported");
        assertThat(row("likely", "Kwame Khan").getText()).contains("Kept both");
        assertThat(row("likely", "Sam Okoro").getText()).contains("Merged into Sam Okoro (Umbrella)");
        assertThat(phone.driver.findElement(By.cssSelector("a[href='/duplicates']")).isDisplayed()).isTrue();
        noSidewaysScroll("the import result");

        assertThat(active("Zed New")).singleElement().satisfies(c -> assertThat(c.emails()).containsExactly("zed@new.example"));
        Contact anaNow = web.book.contacts().get(ana);
        assertThat(anaNow.phones()).containsExactly("+1 555 010 1234");
        assertThat(anaNow.currentJob().orElseThrow().title()).isEqualTo("CTO");
        assertThat(active("Kwame Khan")).hasSize(2).extracting(Contact::id).contains(kwame);
        assertThat(web.book.contacts().get(kwame).emails()).containsExactly("kwame@acme.example");
        assertThat(active("Sam Okoro")).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(sam);
            assertThat(c.emails()).containsExactly("sam@vandelay.example");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Vandelay");
        });
        assertThat(web.book.contacts().all()).hasSize(5);
    }

    @Test
    void aBrokenFileChangesNothingAndSaysWhere() throws IOException {
        Files.writeString(file, VCF + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n", StandardCharsets.UTF_8);
        phone.driver.get(web.base() + "/import");
        phone.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        phone.driver.findElement(By.cssSelector("form[action='/import'] button[type=submit]")).click();
        WebElement alert = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert")));
        assertThat(alert.getText()).startsWith("Nothing was imported: " + file.getFileName() + ", line ");
        assertThat(phone.driver.findElements(By.cssSelector("#apply-import"))).isEmpty();
        assertThat(web.book.contacts().all()).hasSize(3);
    }
}
