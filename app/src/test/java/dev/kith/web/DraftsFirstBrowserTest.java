package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.intros.Intro;
import dev.kith.intros.IntroState;
import dev.kith.network.TargetStatus;
import dev.kith.network.TieKind;
import dev.kith.store.TestDatabase;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Introductions and asks for a path in real Chromium, drafts first: each note shows editable with
 * Copy (and Send once mail is set up), nothing is recorded before "Mark sent" (or the send), and
 * what is recorded or sent is the note as edited; the pages speak plainly throughout.
 */
class DraftsFirstBrowserTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private WebFixture web;
    private Browser browser;
    private Contact ana;
    private Contact ben;

    @BeforeEach
    void start() {
        web = new WebFixture(db);
        ana = web.book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@library.example")
                .interest("email migration").build());
        ben = web.book.contacts().add(ContactDraft.builder("Ben Okafor").email("ben@archive.example")
                .interest("email migration").build());
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

    private String body() {
        String text = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(text).doesNotContain(PlainWordsBrowserTest.FORBIDDEN.toArray(String[]::new))
                .doesNotContain("asking", "introduction #", "made;", "closed:");
        return text;
    }

    /** Types {@code typed} into person field {@code id} and picks the one person the picker offers. */
    private void pick(String id, String typed, String name) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.sendKeys(typed);
        WebElement list = browser.driver.findElement(By.id(field.getAttribute("aria-controls")));
        browser.waiting().until(d -> list.findElements(By.cssSelector("[role=option]")).size() == 1);
        field.sendKeys(Keys.ARROW_DOWN);
        field.sendKeys(Keys.ENTER);
        assertThat(field.getAttribute("value")).isEqualTo(name);
    }

    /** The draft note on the page, once it shows, replaced by {@code text}. */
    private WebElement rewrite(String text) {
        WebElement note = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("intro-note")));
        note.clear();
        note.sendKeys(text);
        return note;
    }

    /** The toast starting with {@code startsWith}, once one shows (a page reloading under the look is waited out). */
    private WebElement toast(String startsWith) {
        return browser.waiting().until(d -> {
            try {
                return d.findElements(By.cssSelector("#toasts .toast")).stream()
                        .filter(t -> t.getText().startsWith(startsWith)).findFirst().orElse(null);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    private Intro only() {
        assertThat(web.book.intros().all()).hasSize(1);
        return web.book.intros().all().getFirst();
    }

    private static String note(Intro intro, String step) {
        return intro.steps().stream().filter(s -> s.step().equals(step)).findFirst().orElseThrow().note();
    }

    @Test
    void anIntroductionMovesFromDraftToIntroducedOnlyWhenEachNoteIsMarkedSent() {
        browser.driver.get(web.base() + "/intros");
        pick("intro-a", "Ana", "Ana Lima");
        pick("intro-b", "Ben", "Ben Okafor");
        browser.driver.findElement(By.id("intro-why")).sendKeys("both of you are moving a library's email");
        browser.driver.findElement(By.id("intro-start")).click();

        // the ask to Ana, editable; no Send without mail; nothing recorded yet
        WebElement draft = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft")));
        assertThat(draft.findElement(By.tagName("h2")).getText()).isEqualTo("Your note to Ana Lima");
        assertThat(browser.driver.findElement(By.id("intro-note")).getAttribute("value"))
                .startsWith("Hi Ana, I'd like to introduce you to Ben Okafor.")
                .contains("Both of you are moving a library's email.");
        assertThat(draft.findElements(By.cssSelector("button.send"))).isEmpty();
        assertThat(draft.findElements(By.cssSelector("button.copy"))).hasSize(1);
        body();
        assertThat(web.book.intros().all()).isEmpty();
        rewrite("Ana, would you like to meet Ben Okafor? He moved his archive's email last year.");
        draft.findElement(By.cssSelector("button.mark-sent")).click();

        WebElement asked = toast("Asked Ana Lima whether they would like to meet Ben Okafor.");
        assertThat(asked.findElements(By.cssSelector("button.toast-undo"))).hasSize(1);
        Intro intro = only();
        assertThat(intro.state()).isEqualTo(IntroState.ASKING_A);
        assertThat(intro.why()).isEqualTo("both of you are moving a library's email");
        assertThat(note(intro, "asked-a")).isEqualTo("Ana, would you like to meet Ben Okafor? He moved his archive's email last year.");
        WebElement open = browser.driver.findElement(By.id("intro-" + intro.id()));
        assertThat(open.getText()).contains("Waiting for Ana Lima", "Asked Ana Lima", "He moved his archive's email");
        body();

        // Ana agreed: the ask to Ben, recorded only on Mark sent
        open.findElement(By.cssSelector("button[value=agreed]")).click();
        draft = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft")));
        assertThat(draft.findElement(By.tagName("h2")).getText()).isEqualTo("Ana Lima agreed — your note to Ben Okafor");
        assertThat(browser.driver.findElement(By.id("intro-note")).getAttribute("value"))
                .startsWith("Hi Ben, Ana Lima would like to meet you.");
        body();
        assertThat(only().state()).isEqualTo(IntroState.ASKING_A);
        rewrite("Ben, Ana Lima would love to compare notes on email moves. Shall I introduce you?");
        draft.findElement(By.cssSelector("button.mark-sent")).click();
        toast("Ana Lima agreed; asked Ben Okafor");
        assertThat(only().state()).isEqualTo(IntroState.ASKING_B);
        assertThat(note(only(), "asked-b")).isEqualTo("Ben, Ana Lima would love to compare notes on email moves. Shall I introduce you?");
        assertThat(body()).contains("Waiting for Ben Okafor", "Ana Lima agreed; asked Ben Okafor");

        // both agreed: the introduction to both; no tie and nothing logged before Mark sent
        browser.driver.findElement(By.cssSelector("#intro-" + intro.id() + " button[value=agreed]")).click();
        draft = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft")));
        assertThat(draft.findElement(By.tagName("h2")).getText()).isEqualTo("Both agreed — introduce them");
        assertThat(browser.driver.findElement(By.id("intro-note")).getAttribute("value"))
                .startsWith("Ana, meet Ben Okafor. Ben, meet Ana Lima.");
        body();
        assertThat(only().state()).isEqualTo(IntroState.ASKING_B);
        assertThat(web.book.ties().ofContact(ana.id())).isEmpty();
        assertThat(web.book.interactions().withContact(ana.id(), 5)).isEmpty();
        rewrite("Ana, Ben: you both moved email this year. Over to you!");
        draft.findElement(By.cssSelector("button.mark-sent")).click();

        WebElement introduced = toast("Introduced Ana Lima and Ben Okafor.");
        assertThat(only().state()).isEqualTo(IntroState.MADE);
        assertThat(note(only(), "made")).isEqualTo("Ana, Ben: you both moved email this year. Over to you!");
        assertThat(web.book.ties().ofContact(ana.id())).singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(TieKind.KNOWS));
        assertThat(web.book.interactions().withContact(ana.id(), 5)).singleElement()
                .satisfies(i -> assertThat(i.exchange()).isEqualTo(Exchange.GAVE));
        assertThat(body()).contains("Introduced", "Both agreed — introduced them", "Note how it went");

        // Undo takes the introduction back to waiting for Ben, tie and log gone
        introduced.findElement(By.cssSelector("button.toast-undo")).click();
        toast("Undone: Introduced Ana Lima and Ben Okafor.");
        assertThat(only().state()).isEqualTo(IntroState.ASKING_B);
        assertThat(only().steps()).extracting(Intro.Step::step).containsExactly("asked-a", "asked-b");
        assertThat(web.book.ties().ofContact(ana.id())).isEmpty();
        assertThat(web.book.interactions().withContact(ana.id(), 5)).isEmpty();
        assertThat(body()).contains("Waiting for Ben Okafor");
    }

    @Test
    void aDeclineIsAThankYouDraftedFirstAndReadsWhoDeclined() {
        Intro intro = web.book.intros().start(ana, ben, "both migrate email");
        web.book.intros().advance(intro.id(), false, null);
        browser.driver.get(web.base() + "/intros");
        browser.driver.findElement(By.cssSelector("#intro-" + intro.id() + " button[value=declined]")).click();
        WebElement draft = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft")));
        assertThat(draft.findElement(By.tagName("h2")).getText()).isEqualTo("Ben Okafor declined — a thank-you");
        assertThat(only().state()).isEqualTo(IntroState.ASKING_B);
        rewrite("No worries at all, Ben. Thanks for saying so.");
        draft.findElement(By.cssSelector("button.mark-sent")).click();
        toast("Noted that Ben Okafor declined.");
        assertThat(only().state()).isEqualTo(IntroState.DECLINED);
        assertThat(note(only(), "declined")).isEqualTo("Ben Okafor declined. No worries at all, Ben. Thanks for saying so.");
        assertThat(browser.driver.findElement(By.id("past")).getText()).contains("Ana Lima and Ben Okafor — Ben Okafor declined");
        body();
    }

    @Test
    void withMailSetUpTheNotesAreSentAsEditedAndOnlyThenRecorded() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            assertThat(web.json("PATCH", "/api/v1/settings", "{\"smtp.host\": \"127.0.0.1\", \"smtp.port\": "
                    + smtp.getSmtp().getPort() + ", \"smtp.from\": \"me@example.org\", \"smtp.starttls\": \"false\"}")
                    .statusCode()).isEqualTo(200);
            browser.driver.get(web.base() + "/intros");
            pick("intro-a", "Ana", "Ana Lima");
            pick("intro-b", "Ben", "Ben Okafor");
            browser.driver.findElement(By.id("intro-start")).click();
            rewrite("Ana, want to meet Ben? He knows email moves.");
            WebElement send = browser.driver.findElement(By.cssSelector("#draft button.send"));
            assertThat(send.getText()).isEqualTo("Send to ana@library.example");
            assertThat(smtp.getReceivedMessages()).isEmpty();
            assertThat(web.book.intros().all()).isEmpty();
            send.click();

            toast("Sent to Ana Lima. Asked Ana Lima whether they would like to meet Ben Okafor.");
            MimeMessage first = smtp.getReceivedMessages()[0];
            assertThat(first.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly("ana@library.example");
            assertThat(first.getSubject()).isEqualTo("Would you like to meet Ben Okafor?");
            assertThat(first.getContent().toString().strip()).isEqualTo("Ana, want to meet Ben? He knows email moves.");
            assertThat(note(only(), "asked-a")).isEqualTo("Ana, want to meet Ben? He knows email moves.");

            web.book.intros().advance(only().id(), false, null); // Ana agreed and Ben was asked elsewhere
            browser.driver.get(web.base() + "/intros");
            browser.driver.findElement(By.cssSelector("#intro-" + only().id() + " button[value=agreed]")).click();
            rewrite("Ana, meet Ben. Ben, meet Ana. Enjoy!");
            WebElement subject = browser.driver.findElement(By.id("intro-note-subject"));
            subject.clear();
            subject.sendKeys("Ana, meet Ben");
            send = browser.driver.findElement(By.cssSelector("#draft button.send"));
            assertThat(send.getText()).isEqualTo("Send to ana@library.example and ben@archive.example");
            assertThat(only().state()).isEqualTo(IntroState.ASKING_B);
            send.click();

            toast("Sent to Ana Lima and Ben Okafor. Introduced Ana Lima and Ben Okafor.");
            assertThat(smtp.getReceivedMessages()).hasSize(3); // one message, delivered to two mailboxes
            MimeMessage intro = smtp.getReceivedMessages()[1];
            assertThat(Arrays.stream(intro.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()))
                    .containsExactly("ana@library.example", "ben@archive.example");
            assertThat(intro.getSubject()).isEqualTo("Ana, meet Ben");
            assertThat(intro.getContent().toString().strip()).isEqualTo("Ana, meet Ben. Ben, meet Ana. Enjoy!");
            assertThat(only().state()).isEqualTo(IntroState.MADE);
            assertThat(note(only(), "made")).isEqualTo("Ana, meet Ben. Ben, meet Ana. Enjoy!");
            body();
        } finally {
            smtp.stop();
        }
    }

    /** Grace Hopper at Analytical Engines, reached through Ada, whom I see often. */
    private long targetThroughAda() {
        long ada = web.book.contacts().add(ContactDraft.builder("Ada Lovelace").organization("Analytical Engines")
                .email("ada@engines.example").build()).id();
        for (int i = 0; i < 6; i++) {
            web.book.interactions().log(Interaction.draft(WebFixture.TODAY.minusDays(3 + 25L * i), InteractionKind.COFFEE,
                    Initiator.ME, 30, null, Exchange.NEUTRAL, false, List.of(ada)));
        }
        web.book.network().targets().add("Grace Hopper", "Analytical Engines", null, null, "she wrote the first compiler");
        return ada;
    }

    @Test
    void askingForAPathShowsTheNoteFirstAndRecordsItOnlyWhenMarkedSent() {
        long ada = targetThroughAda();
        browser.driver.get(web.base() + "/targets");
        WebElement target = browser.driver.findElement(By.cssSelector("li.target"));
        WebElement summary = target.findElement(By.cssSelector("details.ask-draft summary"));
        assertThat(summary.getText()).isEqualTo("Ask Ada Lovelace for the introduction");
        summary.click();
        WebElement note = browser.waiting().until(d -> target.findElement(By.cssSelector("details.ask-draft textarea")));
        assertThat(note.getAttribute("value")).startsWith("Hi Ada, I'd like to ask you a favour: I'm hoping to meet Grace Hopper");
        assertThat(target.findElements(By.cssSelector("button.send"))).isEmpty();
        assertThat(target.findElement(By.cssSelector("details.ask-draft")).getText()).contains("Your note to Ada Lovelace", "Mark sent");
        note.clear();
        note.sendKeys("Ada, could you introduce me to Grace? I'd like to ask her about compilers.");
        assertThat(web.book.network().targets().list(false).getFirst().status()).isEqualTo(TargetStatus.OPEN);
        assertThat(web.book.network().referrals().open()).isEmpty();
        int before = web.book.interactions().withContact(ada, 20).size();
        target.findElement(By.cssSelector("button.mark-sent")).click();

        WebElement asked = toast("Asked Ada Lovelace for an introduction to Grace Hopper");
        assertThat(web.book.network().targets().list(false).getFirst().status()).isEqualTo(TargetStatus.ASKED);
        assertThat(web.book.network().referrals().open()).singleElement()
                .satisfies(a -> assertThat(a.contactName()).isEqualTo("Ada Lovelace"));
        assertThat(web.book.interactions().withContact(ada, 1).getFirst().summary())
                .isEqualTo("Ada, could you introduce me to Grace? I'd like to ask her about compilers.");
        assertThat(browser.driver.findElement(By.cssSelector("li.target .pill")).getText()).isEqualTo("asked");
        assertThat(browser.driver.findElement(By.tagName("body")).getText())
                .doesNotContain(PlainWordsBrowserTest.FORBIDDEN.toArray(String[]::new)).doesNotContain("ask-intro");

        asked.findElement(By.cssSelector("button.toast-undo")).click();
        toast("Undone: Asked Ada Lovelace for an introduction to Grace Hopper");
        assertThat(web.book.network().targets().list(false).getFirst().status()).isEqualTo(TargetStatus.OPEN);
        assertThat(web.book.network().referrals().open()).isEmpty();
        assertThat(web.book.interactions().withContact(ada, 20)).hasSize(before);
    }

    @Test
    void withMailSetUpTheAskIsSentAsEdited() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            assertThat(web.json("PATCH", "/api/v1/settings", "{\"smtp.host\": \"127.0.0.1\", \"smtp.port\": "
                    + smtp.getSmtp().getPort() + ", \"smtp.from\": \"me@example.org\", \"smtp.starttls\": \"false\"}")
                    .statusCode()).isEqualTo(200);
            targetThroughAda();
            browser.driver.get(web.base() + "/targets");
            WebElement target = browser.driver.findElement(By.cssSelector("li.target"));
            target.findElement(By.cssSelector("details.ask-draft summary")).click();
            WebElement note = browser.waiting().until(d -> target.findElement(By.cssSelector("details.ask-draft textarea")));
            note.clear();
            note.sendKeys("Ada, would you introduce me to Grace Hopper?");
            WebElement send = target.findElement(By.cssSelector("button.send"));
            assertThat(send.getText()).isEqualTo("Send to ada@engines.example");
            assertThat(web.book.network().targets().list(false).getFirst().status()).isEqualTo(TargetStatus.OPEN);
            send.click();

            toast("Sent to Ada Lovelace. Asked Ada Lovelace for an introduction to Grace Hopper");
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Could you introduce me?");
            assertThat(smtp.getReceivedMessages()[0].getContent().toString().strip())
                    .isEqualTo("Ada, would you introduce me to Grace Hopper?");
            assertThat(web.book.network().targets().list(false).getFirst().status()).isEqualTo(TargetStatus.ASKED);
        } finally {
            smtp.stop();
        }
    }
}
