package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.core.KithException;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.io.ImportException;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class MboxCaptureTest {
    @TempDir
    Path dir;

    @BothDatabases
    void aTakeoutExportIsSummarisedWithEachMessageCountedOnce(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);

        CaptureSummary summary = ana.mbox("gmail-takeout.mbox");

        assertThat(new ObjectMapper().writeValueAsString(summary)).isEqualTo("""
                {"messages":17,"interactions":7,"awaitingReply":3,"cleared":0,"newPeople":1,\
                "skipped":{"bulk":3,"lists":1,"duplicates":1,"unreadable":1}}""");
        assertThat(summary.warnings()).singleElement().asString()
                .endsWith("gmail-takeout.mbox:187: no From field");
    }

    @BothDatabases
    void theSameFileCapturedAgainLogsNothing(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");
        Map<String, Integer> before = Tables.counts(db.database());

        CaptureSummary again = ana.mbox("gmail-takeout.mbox");

        assertThat(again.messages()).isEqualTo(17);
        assertThat(again.interactions()).isZero();
        assertThat(again.awaitingReply()).isZero();
        assertThat(again.cleared()).isZero();
        assertThat(again.newPeople()).isZero();
        assertThat(again.skipped()).isEqualTo(new CaptureSummary.Skipped(3, 1, 12, 1));
        assertThat(Tables.counts(db.database())).isEqualTo(before);
    }

    @BothDatabases
    void mailWithContactsBecomesEmailInteractionsDatedByTheMessage(TestDatabase db) {
        MailBook ana = new MailBook(db);
        ana.mbox("gmail-takeout.mbox");

        List<Interaction> bea = ana.with(ana.bea);
        assertThat(bea).extracting(Interaction::date, Interaction::initiator, Interaction::summary).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 2), Initiator.THEM, "Lunch next week?"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 3), Initiator.ME, "Re: Lunch next week?"),
                // no Date field: the mbox separator's date
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 18), Initiator.THEM, "Photos from the trip"));
        assertThat(bea).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(InteractionKind.EMAIL);
            assertThat(i.people()).containsExactly(ana.bea);
        });
        // encoded name and upper-case address still match José's contact
        assertThat(ana.with(ana.jose)).singleElement().satisfies(i -> {
            assertThat(i.summary()).isEqualTo("Paper draft");
            assertThat(i.awaitingReply()).isTrue();
        });
        // asked at work, answered from home; then an invitation to undisclosed recipients
        assertThat(ana.with(ana.carl)).extracting(Interaction::initiator, Interaction::awaitingReply)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Initiator.THEM, false),
                        org.assertj.core.groups.Tuple.tuple(Initiator.ME, false),
                        org.assertj.core.groups.Tuple.tuple(Initiator.THEM, false));
        assertThat(ana.book.contacts().list(new dev.kith.contacts.ContactFilter(null, null, false)))
                .filteredOn(c -> c.id() == ana.bea).singleElement()
                .satisfies(c -> assertThat(c.lastInteraction()).isEqualTo(LocalDate.of(2026, 11, 18)));
    }

    @BothDatabases
    void aFileThatIsNotAnMboxIsRefusedWithItsLineAndTheBookUnchanged(TestDatabase db) {
        MailBook ana = new MailBook(db);
        Map<String, Integer> before = Tables.counts(db.database());
        Path csv = MailBook.fixture("not-an-mbox.csv");

        assertThatThrownBy(() -> ana.capture.mail().importMbox(csv))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.file()).isEqualTo(csv.toString());
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).contains("not an mbox file");
                });
        assertThat(Tables.counts(db.database())).isEqualTo(before);
    }

    @BothDatabases
    void mboxrdQuotingKeepsMessagesWholeAndOnlyASnippetOfTheBodyIsKept(TestDatabase db) {
        MailBook ana = new MailBook(db);

        CaptureSummary summary = ana.mbox("thunderbird.mbox");

        assertThat(summary.messages()).isEqualTo(3);
        assertThat(summary.skipped().unreadable()).isZero();
        Map<String, String> snippets = db.database().read(h -> h.createQuery(
                        "SELECT message_key, snippet FROM mail_messages ORDER BY message_key")
                .map((rs, ctx) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
                .collectToMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(snippets).containsOnly(
                Map.entry("t1.re-paper@home.example", "Hi José, thanks for the draft. Comments inline. From your draft:"),
                Map.entry("t2.board@assoc.example",
                        "Hello Ana, From the minutes of last week: we need a treasurer. From what I hear, you would be great."),
                Map.entry("t3.sv-board@home.example", "Let us talk on Monday."));
    }

    @BothDatabases
    void captureNeedsMyAddresses(TestDatabase db) {
        Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(MailBook.TODAY));
        Capture capture = new Capture(db.database(), book.id(), book.clock(), book.contacts(), book.interactions(),
                book.search());

        assertThatThrownBy(() -> capture.mail().importMbox(MailBook.fixture("gmail-takeout.mbox")))
                .isInstanceOf(KithException.class).hasMessageContaining("declare your own email addresses");
    }

    @BothDatabases
    void gmailsSentLabelMarksMyMailFromAnAddressIDidNotDeclare(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path mbox = dir.resolve("All mail Including Spam and Trash.mbox");
        Files.writeString(mbox, """
                From 1650000000000000001@xxx Wed Jan 01 00:00:00 +0000 2020\r
                X-GM-THRID: 1650000000000000001\r
                X-Gmail-Labels: Sent,Opened\r
                Date: Mon, 16 Nov 2026 09:05:00 -0800 (PST)\r
                From: Ana Lima <ana.lima@old-job.example>\r
                To: Bea Ortiz <bea@client.example>\r
                Subject: News\r
                Message-ID: <a1@old-job.example>\r
                \r
                Hi Bea\r
                """);

        CaptureSummary summary = ana.capture.mail().importMbox(mbox);

        assertThat(summary.newPeople()).isZero();
        assertThat(ana.with(ana.bea)).singleElement().satisfies(i -> {
            assertThat(i.initiator()).isEqualTo(Initiator.ME);
            assertThat(i.awaitingReply()).isFalse();
        });
        assertThat(ana.capture.replies().owed()).isEmpty();
    }

    @BothDatabases
    void hangoutsChatsInATakeoutAreNeitherInteractionsNorRepliesOwed(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path mbox = dir.resolve("All mail Including Spam and Trash.mbox");
        String line = """
                From 68031751210780171%d@xxx Thu May 28 15:08:%d +0000 2026\r
                X-GM-THRID: 8689061491205804398\r
                X-Gmail-Labels: Archived,Chat\r
                From: Bea Ortiz <bea@client.example>\r
                To: Ana Lima <ana.lima@work.example>\r
                Subject: Chat with Bea Ortiz\r
                Content-Type: text/plain\r
                \r
                %s\r
                """;
        Files.writeString(mbox, line.formatted(38, 30, "are you around?") + line.formatted(39, 45, "call me"));

        CaptureSummary summary = ana.capture.mail().importMbox(mbox);

        assertThat(summary.messages()).isEqualTo(2);
        assertThat(summary.skipped().bulk()).isEqualTo(2);
        assertThat(ana.with(ana.bea)).isEmpty();
        assertThat(ana.capture.replies().owed()).isEmpty();
    }

    @BothDatabases
    void aHeaderFieldTooLongToKeepIsAWarningAndItsMessageIsCaptured(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        Path mbox = dir.resolve("long-references.mbox");
        Files.writeString(mbox, "From bea@client.example Mon Nov 02 12:00:00 2026\nFrom: Bea Ortiz <bea@client.example>\n"
                + "To: " + MailBook.WORK + "\nDate: Mon, 02 Nov 2026 12:00:00 +0000\nSubject: Budget\n"
                + "References: " + "<r@client.example> ".repeat(5000) + "\n\nHello\n");

        CaptureSummary summary = ana.capture.mail().importMbox(mbox);

        assertThat(summary.skipped().unreadable()).isZero();
        assertThat(ana.with(ana.bea)).extracting(Interaction::summary).containsExactly("Budget");
        assertThat(summary.warnings()).singleElement().asString().endsWith("long-references.mbox:1: the References"
                + " field has a line longer than 65536 bytes; the field was dropped");
    }
}
