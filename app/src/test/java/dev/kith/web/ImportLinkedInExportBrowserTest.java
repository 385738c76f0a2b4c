package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactFilter;
import dev.kith.core.Zips;
import dev.kith.io.backup.Backup;
import dev.kith.store.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In real Chromium: the LinkedIn export ZIP picked in the Import page's file field is imported at once; the page
 * says who "you" are, the connections and the messages in plain words, and the confirmation's Undo takes all of
 * it back (its reload shows the result again, never imports it again).
 */
class ImportLinkedInExportBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theExportZipPickedOnTheImportPageIsImportedAndUndoneWhole() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db);
             Browser browser = new Browser(1280, 900).signIn(web)) {
            String before = Backup.toJson(web.book.book());
            Path zip = Zips.write(dir.resolve(ImportLinkedInExportTest.EXPORT), "Connections.csv",
                    ImportLinkedInExportTest.CONNECTIONS, "messages.csv", ImportLinkedInExportTest.messages(),
                    "Profile.csv", ImportLinkedInExportTest.PROFILE);

            browser.driver.get(web.base() + "/import");
            browser.driver.findElement(By.id("file")).sendKeys(zip.toString());
            browser.driver.findElement(By.cssSelector("form[action='/import'] button[type=submit]")).click();

            WebElement result = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-export")));
            assertThat(result.findElement(By.tagName("h2")).getText()).isEqualTo("Imported: " + zip.getFileName());
            assertThat(result.findElement(By.cssSelector(".you")).getText())
                    .startsWith("You: Maya Lindqvist (added and set as you)");
            assertThat(result.findElement(By.cssSelector(".connections")).getText())
                    .isEqualTo("Connections: 2 added, 0 merged, 0 already up to date");
            assertThat(result.findElement(By.cssSelector(".messages")).getText()).startsWith("Messages: 6 messages read");
            assertThat(result.findElement(By.cssSelector(".warnings")).getText())
                    .contains("Connections.csv, line 6: Connected On: '31 Feb 2024'");
            assertThat(browser.driver.findElement(By.tagName("body")).getText())
                    .doesNotContain(PlainWordsBrowserTest.FORBIDDEN.toArray(String[]::new));
            WebElement toast = browser.toast();
            assertThat(toast.getText()).contains("Imported " + zip.getFileName() + ": you are Maya Lindqvist;"
                    + " 2 connections added, 0 merged; 6 messages read; 1 warning.");
            assertThat(web.book.contacts().get(web.book.me().orElseThrow()).name()).isEqualTo("Maya Lindqvist");
            assertThat(web.book.contacts().list(ContactFilter.ALL_ACTIVE)).extracting("name")
                    .contains("Bea Ortiz", "Carl Berg");

            toast.findElement(By.cssSelector(".toast-undo")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#toasts"), "Undone"));
            assertThat(browser.driver.findElement(By.cssSelector("#toasts")).getText()).contains("Undone: Imported "
                    + zip.getFileName());
            assertThat(browser.driver.findElement(By.cssSelector(".import-export h2")).getText())
                    .as("the reload shows the result page again").startsWith("Imported");
            assertThat(Backup.toJson(web.book.book())).as("undone whole, and not imported again by the reload")
                    .isEqualTo(before);
        }
    }
}
