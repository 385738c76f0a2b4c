package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The practice pages (breadth, give and ask, plans, export, met someone): what they show, and who may see them. */
class PracticePagesTest {
    static final List<String> ROUTES = List.of("/met", "/breadth", "/reciprocity", "/plans", "/export",
            "/export/backup.json", "/export/contacts.vcf", "/export/contacts.csv");

    @Test
    void withoutTheSecretEveryNewPageAnswers401AndLeaksNothing() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Private Person").notes("MARKER-note").build());
            for (String path : ROUTES) {
                HttpResponse<String> r = web.anonymous(HttpRequest.newBuilder(URI.create(web.base() + path)).GET().build());
                assertThat(r.statusCode()).as(path).isEqualTo(401);
                assertThat(r.body()).as(path).doesNotContain("Private Person", "MARKER");
            }
            HttpResponse<String> post = web.anonymous(HttpRequest.newBuilder(URI.create(web.base() + "/met"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=Intruder")).build());
            assertThat(post.statusCode()).isEqualTo(401);
            assertThat(web.book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE)).hasSize(1);
        }
    }

    @BothDatabases
    void onATeamServerTheExportsHoldOnlyYourOwnBook(TestDatabase db) {
        try (TeamFixture t = new TeamFixture(db)) {
            String alice = t.signIn("alice");
            t.as(alice, "POST", "/api/v1/contacts", "{\"name\": \"Alice Secretfriend\", \"emails\": [\"s@alice.example\"]}");
            String bob = t.browserSignIn("bob", TeamFixture.PASSWORD);
            for (String path : ROUTES) {
                HttpResponse<String> r = t.send(HttpRequest.newBuilder(URI.create(t.base() + path)).header("Cookie", bob)
                        .GET().build());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.body()).as(path).doesNotContain("Secretfriend", "alice.example");
            }
        }
    }

    @Test
    void theExportsDownloadTheBook() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            web.book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.example").build());
            HttpResponse<String> backup = web.get("/export/backup.json");
            assertThat(backup.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "kith-backup.json");
            assertThat(backup.body()).contains("\"kith-backup\"", "Ana Lima");
            assertThat(web.get("/export/contacts.vcf").body()).contains("BEGIN:VCARD", "VERSION:4.0", "FN:Ana Lima",
                    "ana@acme.example");
            assertThat(web.get("/export/contacts.vcf?version=3.0").body()).contains("VERSION:3.0", "FN:Ana Lima",
                    "ana@acme.example");
            assertThat(web.get("/export/contacts.vcf?version=2.1").statusCode()).isEqualTo(400);
            assertThat(web.get("/export/contacts.csv").body()).contains("Ana Lima", "ana@acme.example");
        }
    }

    @Test
    void breadthGiveAndAskAndPlansInTheBrowser() {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db);
             Browser browser = new Browser(1280, 900).signIn(web)) {
            long ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").organization("Acme").build()).id();
            web.book.contacts().add(ContactDraft.builder("Bo Chen").organization("Acme").build());
            web.book.contacts().setIndustry("Acme", "publishing");
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(3), InteractionKind.CALL, Initiator.ME,
                    null, "asked for a reference", Exchange.ASKED, false, List.of(ana)));
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(2), InteractionKind.EMAIL, Initiator.ME,
                    null, "asked again", Exchange.ASKED, false, List.of(ana)));
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.plusDays(5), InteractionKind.LUNCH, Initiator.ME,
                    null, "Lunch at Rosa's", Exchange.NEUTRAL, false, List.of(ana)));

            browser.driver.get(web.base() + "/");
            browser.driver.findElement(By.cssSelector(".more-menu summary")).click();
            browser.driver.findElement(By.cssSelector(".more-menu a[href='/breadth']")).click();
            String breadth = browser.driver.findElement(By.tagName("main")).getText();
            assertThat(breadth).contains("Industries", "publishing", "Organizations", "Acme", "Where it is narrow");

            browser.driver.get(web.base() + "/reciprocity");
            assertThat(browser.driver.findElement(By.cssSelector("table.balances")).getText()).contains("Ana Lima", "give first");

            browser.driver.get(web.base() + "/plans");
            assertThat(browser.driver.findElement(By.id("meetings")).getText()).contains("2026-11-20", "lunch with Ana Lima",
                    "Lunch at Rosa's");

            browser.driver.get(web.base() + "/export");
            assertThat(browser.driver.findElements(By.cssSelector("a[download]"))).extracting(e -> e.getAttribute("href"))
                    .containsExactly(web.base() + "/export/backup.json", web.base() + "/export/contacts.vcf",
                            web.base() + "/export/contacts.vcf?version=3.0", web.base() + "/export/contacts.csv");
        }
    }
}
