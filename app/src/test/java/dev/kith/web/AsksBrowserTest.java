package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Interaction;
import dev.kith.network.Ask;
import dev.kith.store.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Who should I meet about …?" in real Chromium: the draft, Mark sent, the answer as a new contact, and closing. */
class AsksBrowserTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private long ana;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@lima.example").build()).id();
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

    private void writeAsk(String who, String topic) {
        browser.driver.get(web.base() + "/asks");
        browser.driver.findElement(By.id("ask-person")).sendKeys(who);
        browser.driver.findElement(By.id("ask-topic")).sendKeys(topic);
        browser.driver.findElement(By.cssSelector("form[action='/asks/draft'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("compose")));
    }

    @Test
    void askMarkSentThenRecordTheAnswerAsANewContactMetThroughThem() {
        browser.driver.get(web.base() + "/asks");
        assertThat(browser.driver.findElement(By.cssSelector("a[href='/asks']")).getAttribute("textContent")).contains("Asks");

        writeAsk("Ana", "fundraising");
        WebElement note = browser.driver.findElement(By.id("ask-note"));
        assertThat(note.getAttribute("value")).startsWith("Hi Ana, a quick question: I'm looking to meet people who know"
                + " about fundraising.");
        assertThat(browser.driver.findElement(By.id("compose")).getText()).contains("Your message to Ana Lima", "Copy message")
                .doesNotContain("Send to"); // mail is not set up
        assertThat(web.book.network().referrals().all()).as("nothing recorded before Mark sent").isEmpty();

        browser.driver.findElement(By.id("ask-mark-sent")).click();
        assertThat(browser.toast().getText()).contains("Asked Ana Lima about fundraising.");
        assertThat(browser.driver.findElement(By.id("open")).getText()).contains("Waiting for Ana Lima about fundraising");
        Ask ask = web.book.network().referrals().open().getFirst();
        assertThat(web.book.interactions().withContact(ana, 5)).singleElement()
                .satisfies(i -> assertThat(i.exchange()).isEqualTo(Exchange.ASKED));

        browser.driver.findElement(By.cssSelector("#ask-" + ask.id() + " details.ask-answer summary")).click();
        browser.driver.findElement(By.id("ans-name-" + ask.id())).sendKeys("Bo Chen");
        browser.driver.findElement(By.id("ans-org-" + ask.id())).sendKeys("Seedcamp");
        browser.driver.findElement(By.id("ans-email-" + ask.id())).sendKeys("bo@seedcamp.example");
        browser.driver.findElement(By.cssSelector("form[action='/asks/" + ask.id() + "/answer'] button[type=submit]")).click();

        WebElement referred = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("referred")));
        assertThat(referred.getText()).contains("Bo Chen", "Ana Lima suggested Bo Chen (about fundraising)",
                "Now in your contacts, met through Ana Lima");
        assertThat(browser.toast().getText()).contains("Ana Lima suggested Bo Chen: added to your contacts, met through Ana Lima.");
        assertThat(browser.driver.findElement(By.id("open")).getText()).contains("No ask waiting");
        assertThat(browser.driver.findElement(By.id("answered")).getText())
                .contains("Ana Lima suggested Bo Chen (about fundraising)");
        Contact bo = web.book.contacts().resolve("Bo Chen");
        assertThat(bo.howMet().throughId()).isEqualTo(ana);
        assertThat(bo.emails()).containsExactly("bo@seedcamp.example");

        referred.findElement(By.linkText("Open Bo Chen")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bo Chen"));
    }

    @Test
    void noOneCameOfItClosesTheAskAndUndoOpensItAgain() {
        Ask ask = web.book.network().referrals().ask(ana, "data engineering", null);
        browser.driver.get(web.base() + "/asks");
        browser.driver.findElement(By.id("ask-close-" + ask.id())).click();
        WebElement toast = browser.toast();
        assertThat(toast.getText()).contains("Closed the ask to Ana Lima about data engineering: no one came of it.");
        assertThat(browser.driver.findElement(By.id("answered")).getText())
                .contains("Ana Lima about data engineering: no one came of it");
        assertThat(web.book.network().referrals().open()).isEmpty();

        toast.findElement(By.cssSelector("button.toast-undo")).click();
        browser.waiting().until(d -> browser.toastSays("Undone:"));
        assertThat(web.book.network().referrals().open()).extracting(Ask::id).containsExactly(ask.id());
        assertThat(browser.driver.findElement(By.id("open")).getText()).contains("Waiting for Ana Lima about data engineering");
    }

    @Test
    void aBlankAnswerSaysWhatIsMissingAndAKnownNameLinksThatPerson() {
        long cy = web.book.contacts().add(ContactDraft.builder("Cy Diaz").build()).id();
        Ask ask = web.book.network().referrals().ask(ana, "archives", null);
        browser.driver.get(web.base() + "/asks");
        browser.driver.findElement(By.cssSelector("#ask-" + ask.id() + " details.ask-answer summary")).click();
        browser.driver.findElement(By.cssSelector("form[action='/asks/" + ask.id() + "/answer'] button[type=submit]")).click();
        assertThat(browser.waiting().until(d -> d.findElement(By.cssSelector("#ask-" + ask.id() + " [role=alert]"))).getText())
                .isEqualTo("Name the person they suggested.");
        browser.driver.findElement(By.id("ans-name-" + ask.id())).sendKeys("Cy Diaz");
        browser.driver.findElement(By.cssSelector("form[action='/asks/" + ask.id() + "/answer'] button[type=submit]")).click();
        assertThat(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("referred"))).getText())
                .contains("Already in your contacts; now noted as referred by Ana Lima");
        assertThat(web.book.network().referrals().get(ask.id()).suggestedId()).isEqualTo(cy);
    }

    @Test
    void withMailSetUpSendMailsTheEditedMessageAndRecordsTheAsk() throws Exception {
        var saved = web.json("PATCH", "/api/v1/settings", "{\"smtp.host\": \"127.0.0.1\", \"smtp.port\": "
                + SMTP.getSmtp().getPort() + ", \"smtp.from\": \"me@example.org\", \"smtp.starttls\": \"false\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        writeAsk("Ana", "fundraising");
        WebElement note = browser.driver.findElement(By.id("ask-note"));
        note.clear();
        note.sendKeys("Hi Ana, who knows seed funds in Lisbon?");
        browser.driver.findElement(By.id("ask-send")).click();
        assertThat(browser.toast().getText()).contains("Sent to Ana Lima. Waiting for their answer about fundraising.");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("A quick question");
        assertThat(((String) received[0].getContent()).strip()).isEqualTo("Hi Ana, who knows seed funds in Lisbon?");
        assertThat(web.book.network().referrals().open()).hasSize(1);
        assertThat(web.book.interactions().withContact(ana, 5)).extracting(Interaction::kind)
                .containsExactly(dev.kith.interactions.InteractionKind.EMAIL);
    }
}
