package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.KithClock;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.io.ImportException;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.parallel.Isolated;

/** A LinkedIn export's messages.csv: message interactions once each, owed replies, archived and spam skipped. */
@Isolated // changes the JVM's default time zone: no other test class runs meanwhile
class LinkedInMessagesTest {
    private static String fixture() throws IOException {
        try (InputStream in = LinkedInMessagesTest.class.getResourceAsStream("/capture/linkedin/messages.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BothDatabases
    void messagesWithContactsAreLoggedOnceAndTheUnansweredLastOneIsOwed(TestDatabase db) throws IOException {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
        long bea = kith.contacts().add(ContactDraft.builder("Bea Ortiz")
                .linkedinUrl("http://linkedin.com/in/Bea-Ortiz/?trk=x").build()).id();
        long carl = kith.contacts().add(ContactDraft.builder("Carl Berg").build()).id();
        String csv = fixture();
        assertThat(LinkedInMessages.isMessages(csv)).isTrue();

        CaptureSummary first = kith.capture().linkedIn().importCsv("messages.csv", csv);
        assertThat(first.messages()).isEqualTo(6);
        assertThat(first.interactions()).isEqualTo(4);
        assertThat(first.awaitingReply()).isEqualTo(1);
        assertThat(first.skipped().lists()).isEqualTo(2);

        List<Interaction> withBea = kith.interactions().withContact(bea, 10).reversed();
        assertThat(withBea).extracting(Interaction::initiator).containsExactly(Initiator.THEM, Initiator.ME,
                Initiator.THEM);
        assertThat(withBea).allMatch(i -> i.kind() == InteractionKind.MESSAGE);
        assertThat(withBea.get(0).summary()).isEqualTo("Workshop in spring?");
        assertThat(withBea).noneMatch(i -> i.summary() != null && i.summary().contains("co-host"));
        assertThat(kith.interactions().awaitingReply()).singleElement()
                .satisfies(i -> assertThat(i.people()).containsExactly(carl));

        CaptureSummary again = kith.capture().linkedIn().importCsv("messages.csv", csv);
        assertThat(again.interactions()).isZero();
        assertThat(again.skipped().duplicates()).isEqualTo(4);

        String reply = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
                + "2-def,,Ana Lima,https://www.linkedin.com/in/ana-lima,Carl Berg,https://www.linkedin.com/in/carl-berg,"
                + "2026-11-22 09:00:00 UTC,,Sure,SENT\n"
                + "2-xyz,,Ana Lima,https://www.linkedin.com/in/ana-lima,Eve Park,https://www.linkedin.com/in/eve,"
                + "2026-11-22 09:05:00 UTC,,Hi,SENT\n"
                + "2-xyz,,Eve Park,https://www.linkedin.com/in/eve,Ana Lima,https://www.linkedin.com/in/ana-lima,"
                + "2026-11-22 10:05:00 UTC,,Hello,INBOX\n";
        CaptureSummary answered = kith.capture().linkedIn().importCsv("messages-2.csv", reply);
        assertThat(answered.cleared()).isEqualTo(1);
        assertThat(kith.interactions().awaitingReply()).isEmpty();
    }

    @BothDatabases
    void aFileThatIsNotMessagesChangesNothing(TestDatabase db) {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
        Map<String, Integer> before = Tables.counts(db.database());
        assertThatThrownBy(() -> kith.capture().linkedIn().importCsv("Invitations.csv",
                "From,To,Sent At,Message,Direction\nA,B,2026-11-01,Hi,INCOMING\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("Invitations.csv:1");
        assertThat(Tables.counts(db.database())).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void aQuoteLeftOpenRefusesTheFileWithItsLineAndChangesNothing() throws IOException {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            String csv = fixture();
            String cut = csv.strip() + "\n2-cut==,,Carl Berg,https://www.linkedin.com/in/carl-berg,Ana Lima,"
                    + "https://www.linkedin.com/in/ana-lima,2026-11-20 10:00:00 UTC,,\"<p>a message cut short\n";
            Map<String, Integer> before = Tables.counts(db.database());
            long line = csv.strip().lines().count() + 1;
            assertThatThrownBy(() -> kith.capture().linkedIn().importCsv("messages.csv", cut))
                    .isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("messages.csv:" + line + ": broken CSV");
            assertThat(Tables.counts(db.database())).isEqualTo(before);
        }
    }

    @BothDatabases
    void anExportOfOneConversationKnowsItsOwnerByTheBooksMe(TestDatabase db) {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
        long zoe = kith.contacts().add(ContactDraft.builder("Zoe Young")
                .linkedinUrl("https://www.linkedin.com/in/zoeyoung").build()).id();
        String csv = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
                + "CONTENT,FOLDER\n"
                + "2-a,,Zoe Young,https://www.linkedin.com/in/zoeyoung,Ana Lima,https://www.linkedin.com/in/analima,"
                + "2026-11-20 10:15:30 UTC,,Coffee?,INBOX\n"
                + "2-a,,Ana Lima,https://www.linkedin.com/in/analima,Zoe Young,https://www.linkedin.com/in/zoeyoung,"
                + "2026-11-19 09:00:00 UTC,,Hello Zoe,INBOX\n";

        kith.capture().linkedIn().importCsv("messages.csv", csv, "Ana Lima");

        // "zoeyoung" sorts after "analima": without the book's "me", Zoe would be taken for the owner
        assertThat(kith.interactions().withContact(zoe, 10).reversed()).extracting(Interaction::initiator)
                .containsExactly(Initiator.ME, Initiator.THEM);
        assertThat(kith.interactions().awaitingReply()).singleElement()
                .satisfies(i -> assertThat(i.people()).containsExactly(zoe));
    }

    @BothDatabases
    void aDraftIsNeverLoggedNorTakenForMyReply(TestDatabase db) {
        Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
        long zoe = kith.contacts().add(ContactDraft.builder("Zoe Young")
                .linkedinUrl("https://www.linkedin.com/in/zoeyoung").build()).id();
        // the columns of an export since 2023, every one quoted, with a reply left as a draft
        String csv = "\uFEFF\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\","
                + "\"RECIPIENT PROFILE URLS\",\"DATE\",\"SUBJECT\",\"CONTENT\",\"FOLDER\",\"ATTACHMENTS\","
                + "\"IS MESSAGE DRAFT\",\"IS CONVERSATION DRAFT\"\r\n"
                + "2-a,,Ana Lima,https://www.linkedin.com/in/analima,Zoe Young,https://www.linkedin.com/in/zoeyoung,"
                + "2026-11-19 09:00:00 UTC,,\"Hello Zoe,\nhow are you?\",INBOX,,No,No\r\n"
                + "2-a,,Zoe Young,https://www.linkedin.com/in/zoeyoung,Ana Lima,https://www.linkedin.com/in/analima,"
                + "2026-11-20 10:15:30 UTC,,Coffee next week?,INBOX,,No,No\r\n"
                + "2-a,,Ana Lima,https://www.linkedin.com/in/analima,Zoe Young,https://www.linkedin.com/in/zoeyoung,"
                + "2026-11-21 08:00:00 UTC,,\"Sure, let me check my\",DRAFT,,Yes,No\r\n";

        CaptureSummary read = kith.capture().linkedIn().importCsv("messages.csv", csv, "Ana Lima");

        assertThat(read.messages()).isEqualTo(2);
        assertThat(read.cleared()).isZero();
        assertThat(kith.interactions().withContact(zoe, 10).reversed()).extracting(Interaction::initiator)
                .containsExactly(Initiator.ME, Initiator.THEM);
        assertThat(kith.interactions().awaitingReply()).singleElement()
                .satisfies(i -> assertThat(i.people()).containsExactly(zoe));
    }
    @BothDatabases
    void aMessageIsLoggedOnTheDayItWasWhereTheUserLivesNotInUtc(TestDatabase db) {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
        try {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(LocalDate.of(2026, 11, 24)));
            long zoe = kith.contacts().add(ContactDraft.builder("Zoe Young")
                    .linkedinUrl("https://www.linkedin.com/in/zoeyoung").build()).id();
            String csv = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
                    + "SUBJECT,CONTENT,FOLDER\n"
                    + "2-b,,Zoe Young,https://www.linkedin.com/in/zoeyoung,Ana Lima,https://www.linkedin.com/in/analima,"
                    + "2026-11-20 20:15:30 UTC,,Coffee?,INBOX\n";

            kith.capture().linkedIn().importCsv("messages.csv", csv, "Ana Lima");

            // 20:15 UTC is 05:15 the next morning in Tokyo
            assertThat(kith.interactions().withContact(zoe, 10)).extracting(Interaction::date)
                    .containsExactly(LocalDate.of(2026, 11, 21));
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }
    @org.junit.jupiter.api.Test
    void aRecipientsCredentialsAfterACommaStayPartOfTheirName() {
        assertThat(LinkedInMessages.names("Jane Doe, PhD", 1)).containsExactly("Jane Doe, PhD");
        assertThat(LinkedInMessages.names("Jane Doe, PhD, MBA, Bob Smith", 2)).containsExactly("Jane Doe, PhD, MBA",
                "Bob Smith");
        assertThat(LinkedInMessages.names("Bob Smith, Jane Doe", 2)).containsExactly("Bob Smith", "Jane Doe");
        assertThat(LinkedInMessages.names("Jane Doe, PhD", 0)).as("no profile URLs to count by")
                .containsExactly("Jane Doe", "PhD");
    }
}
