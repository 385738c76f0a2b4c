package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.capture.mail.ImapAccount;
import dev.kith.capture.mail.SourceException;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** IMAP capture against a real server (GreenMail): incremental by UID, headers only, nothing marked read. */
class ImapSyncTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withPerMethodLifecycle(true);

    @TempDir
    Path config;

    private static MimeMessage message(String id, String from, String to, String subject, String inReplyTo, String date)
            throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        m.setText("Hello,\nhere is my proposal.\n", "UTF-8");
        m.setHeader("Date", date);
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", "<" + inReplyTo + ">");
            m.setHeader("References", "<" + inReplyTo + ">");
        }
        m.saveChanges();
        m.setHeader("Message-ID", "<" + id + ">");
        return m;
    }

    private SyncSource source(String password) {
        ImapAccount account = new ImapAccount("127.0.0.1", MAIL.getImap().getPort(), ImapAccount.Security.NONE,
                "ana", List.of());
        SyncSources sources = new SyncSources(config);
        return sources.list().isEmpty() ? sources.add("default", account, password)
                : new SyncSource("1", "imap", "default", account, null, null, password);
    }

    @BothDatabases
    void syncCapturesWhatIsNewOnlyAndNeverMarksMailRead(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        GreenMailUser user = MAIL.setUser(MailBook.WORK, "ana", "secret");
        ImapHostManager imap = MAIL.getManagers().getImapHostManager();
        MailFolder inbox = imap.getInbox(user);
        MailFolder sent = imap.createMailbox(user, "Sent");
        inbox.appendMessage(message("p1@client.example", "Bea Ortiz <bea@client.example>", MailBook.WORK,
                "Proposal for the spring workshop", null, "Mon, 16 Nov 2026 09:00:00 +0000"), new Flags(), new Date());
        sent.appendMessage(message("r1@work.example", MailBook.WORK, "carl@partner.example", "Re: Contract",
                null, "Tue, 17 Nov 2026 10:00:00 +0000"), new Flags(Flags.Flag.SEEN), new Date());

        SyncSource source = source("secret");
        CaptureSummary first = ana.capture.sync(source);
        assertThat(first.messages()).isEqualTo(2);
        assertThat(first.interactions()).isEqualTo(2);
        assertThat(first.awaitingReply()).isEqualTo(1);
        assertThat(ana.capture.replies().owed()).extracting(r -> r.subject())
                .containsExactly("Proposal for the spring workshop");

        CaptureSummary nothingNew = ana.capture.sync(source);
        assertThat(nothingNew.messages()).isZero();
        assertThat(nothingNew.interactions()).isZero();

        sent.appendMessage(message("r2@work.example", MailBook.HOME, "bea@client.example",
                "Re: Proposal for the spring workshop", "p1@client.example", "Wed, 18 Nov 2026 08:00:00 +0000"),
                new Flags(Flags.Flag.SEEN), new Date());
        CaptureSummary reply = ana.capture.sync(source);
        assertThat(reply.messages()).isEqualTo(1);
        assertThat(reply.cleared()).isEqualTo(1);
        assertThat(ana.capture.replies().owed()).isEmpty();

        String snippet = db.database().read(h -> h.createQuery("SELECT snippet FROM mail_messages WHERE subject = :s")
                .bind("s", "Proposal for the spring workshop").mapTo(String.class).one());
        assertThat(snippet).isEqualTo("Hello, here is my proposal.");
        for (StoredMessage m : inbox.getMessages()) {
            assertThat(m.isSet(Flags.Flag.SEEN)).as("captured mail stays unread").isFalse();
        }
    }

    @BothDatabases
    void aDateLaterThanTheServerReceivedTheMessageIsDatedByItsInternalDate(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        GreenMailUser user = MAIL.setUser(MailBook.WORK, "ana", "secret");
        ImapHostManager imap = MAIL.getManagers().getImapHostManager();
        imap.getInbox(user).appendMessage(message("p1@client.example", "Bea Ortiz <bea@client.example>", MailBook.WORK,
                "Proposal", null, "Mon, 16 Nov 2062 09:00:00 +0000"), new Flags(),
                Date.from(java.time.Instant.parse("2026-11-16T09:01:00Z")));
        imap.createMailbox(user, "Sent").appendMessage(message("r1@work.example", MailBook.WORK, "bea@client.example",
                "Re: Proposal", "p1@client.example", "Tue, 17 Nov 2026 10:00:00 +0000"), new Flags(Flags.Flag.SEEN),
                Date.from(java.time.Instant.parse("2026-11-17T10:00:00Z")));

        CaptureSummary run = ana.capture.sync(source("secret"));

        assertThat(ana.capture.replies().owed()).as("my reply came after it arrived").isEmpty();
        assertThat(ana.with(ana.bea)).extracting(i -> i.date().toString()).containsExactly("2026-11-16", "2026-11-17");
        assertThat(run.warnings()).singleElement().asString().contains("INBOX;UID=")
                .endsWith(": dated 2062-11-16, later than it can have arrived; dated 2026-11-16 instead");
    }

    @BothDatabases
    void aMessageMarkedDeletedButNotYetExpungedIsNotCaptured(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        GreenMailUser user = MAIL.setUser(MailBook.WORK, "ana", "secret");
        MailFolder inbox = MAIL.getManagers().getImapHostManager().getInbox(user);
        inbox.appendMessage(message("spam1@client.example", "Bea Ortiz <bea@client.example>", MailBook.WORK,
                "Thrown away", null, "Mon, 16 Nov 2026 09:00:00 +0000"), new Flags(Flags.Flag.DELETED), new Date());
        inbox.appendMessage(message("p1@client.example", "Bea Ortiz <bea@client.example>", MailBook.WORK,
                "Kept", null, "Mon, 16 Nov 2026 10:00:00 +0000"), new Flags(), new Date());

        CaptureSummary read = ana.capture.sync(source("secret"));

        assertThat(read.messages()).isEqualTo(1);
        assertThat(ana.capture.replies().owed()).extracting(r -> r.subject()).containsExactly("Kept");
    }

    @BothDatabases
    void aWrongPasswordNamesTheSourceAndChangesNothing(TestDatabase db) throws Exception {
        MailBook ana = new MailBook(db);
        GreenMailUser user = MAIL.setUser(MailBook.WORK, "ana", "secret");
        MAIL.getManagers().getImapHostManager().getInbox(user).appendMessage(message("p1@client.example",
                "Bea Ortiz <bea@client.example>", MailBook.WORK, "Hello", null, "Mon, 16 Nov 2026 09:00:00 +0000"),
                new Flags(), new Date());
        Map<String, Integer> before = Tables.counts(db.database());
        assertThatThrownBy(() -> ana.capture.sync(source("wrong"))).isInstanceOf(SourceException.class)
                .hasMessageContaining("imap ana@127.0.0.1").hasMessageContaining("refused the user name or password");
        assertThat(Tables.counts(db.database())).isEqualTo(before);
        SyncSource right = source("secret");
        MAIL.stop();
        assertThatThrownBy(() -> ana.capture.sync(right)).isInstanceOf(SourceException.class)
                .hasMessageContaining("connection refused");
    }

    @org.junit.jupiter.api.Test
    void theSourcesFileIsPrivateAndThePasswordNeverLeavesIt() throws Exception {
        SyncSources sources = new SyncSources(config);
        sources.add("default", new ImapAccount("imap.example.org", 993, ImapAccount.Security.TLS, "ana",
                List.of("INBOX", "Sent")), "s3cret-pw");
        assertThat(Files.readString(sources.file())).contains("s3cret-pw");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sources.file()))).isEqualTo("rw-------");
        String json = new ObjectMapper().writeValueAsString(sources.list());
        assertThat(json).contains("imap.example.org").doesNotContain("s3cret-pw");
        assertThat(sources.list().get(0).toString()).doesNotContain("s3cret-pw");
        assertThat(sources.remove("1").id()).isEqualTo("1");
        assertThat(sources.list()).isEmpty();
    }
}
