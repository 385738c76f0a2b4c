package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.capture.mail.ImapAccount;
import dev.kith.capture.mail.SourceException;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * IMAP capture against the behaviour of real servers (Gmail, Outlook, Dovecot, Cyrus), replayed by a
 * {@link ScriptedImap} server or shown by GreenMail: folder discovery, incremental reading, header quirks,
 * sign-in refusals, TLS errors and a connection lost in mid-fetch.
 */
class ImapInteropTest {
    @RegisterExtension
    static final GreenMailExtension TLS = new GreenMailExtension(ServerSetupTest.IMAPS.dynamicPort())
            .withPerMethodLifecycle(true);

    private final ScriptedImap server = newServer();

    private static ScriptedImap newServer() {
        try {
            return new ScriptedImap();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private SyncSource source(ImapAccount.Security security, int port, String password, String... folders) {
        return new SyncSource("1", "imap", "default",
                new ImapAccount("127.0.0.1", port, security, "ana", List.of(folders)), null, null, password);
    }

    private SyncSource source(String... folders) {
        return source(ImapAccount.Security.NONE, server.port(), "secret", folders);
    }

    private static String mail(String from, String to, String subject, String date, String id) {
        return ScriptedImap.header("From: " + from, "To: " + to, "Subject: " + subject,
                date == null ? "X-No-Date: 1" : "Date: " + date, id == null ? "X-No-Id: 1" : "Message-ID: <" + id + ">",
                "Content-Type: text/plain; charset=utf-8", "Received: from mx.example by imap.example; whatever");
    }

    private static final String BEA = "Bea Ortiz <bea@client.example>";

    private static List<String> column(TestDatabase db, String sql) {
        return db.database().read(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void aFullHeaderForHeaderFieldsUtf8HeadersAndAGarbageDateAreReadRight() throws Exception {
        server.fullHeader = true;
        server.box("INBOX", "", 7).add(3, "16-Nov-2026 09:30:00 +0000",
                        mail(BEA, MailBook.WORK, "Grüße aus Köln", "someday soon", "k1@client.example"),
                        "Hallo Ana,\r\nanbei das Angebot.\r\n")
                .add(4, "17-Nov-2026 10:00:00 +0000", mail(BEA, MailBook.WORK, "=?UTF-8?Q?Caf=C3=A9?= plans",
                        null, null), "See you.\r\n");
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            CaptureSummary run = ana.capture.sync(source());
            assertThat(run.interactions()).isEqualTo(2);
            assertThat(column(db, "SELECT subject FROM mail_messages ORDER BY subject"))
                    .containsExactly("Café plans", "Grüße aus Köln");
            assertThat(column(db, "SELECT snippet FROM mail_messages WHERE subject = 'Grüße aus Köln'"))
                    .containsExactly("Hallo Ana, anbei das Angebot.");
            assertThat(ana.with(ana.bea)).extracting(i -> i.date().toString())
                    .as("no or a garbage Date: the server's INTERNALDATE").containsExactly("2026-11-16", "2026-11-17");
        }
    }

    @BothDatabases
    void aNewUidValidityRereadsTheFolderWithoutCountingAnythingTwice(TestDatabase db) {
        ScriptedImap.Box inbox = server.box("INBOX", "", 100)
                .add(1, "16-Nov-2026 09:30:00 +0000", mail(BEA, MailBook.WORK, "Workshop", "Mon, 16 Nov 2026 09:30:00 +0000",
                        "w1@client.example"), "Hi\r\n")
                .add(2, "17-Nov-2026 09:30:00 +0000", mail(BEA, MailBook.WORK, "No id here", "Tue, 17 Nov 2026 09:30:00 +0000",
                        null), "Hi again\r\n");
        MailBook ana = new MailBook(db);
        assertThat(ana.capture.sync(source()).interactions()).isEqualTo(2);
        inbox.uidValidity = 200;
        Map<String, Integer> before = Tables.counts(db.database());
        CaptureSummary again = ana.capture.sync(source());
        assertThat(again.messages()).isEqualTo(2);
        assertThat(again.interactions()).isZero();
        assertThat(again.skipped().duplicates()).isEqualTo(2);
        assertThat(Tables.counts(db.database())).isEqualTo(before);
        assertThat(column(db, "SELECT folder || ':' || uid_validity || ':' || last_uid FROM imap_folders"))
                .containsExactly("INBOX:200:2");
    }

    @Test
    void aServerWithoutUidNextIsReadIncrementallyAndAnEmptyFolderIsFine() throws Exception {
        server.uidNext = false;
        server.box("Sent", "\\Sent", 5);
        ScriptedImap.Box inbox = server.box("INBOX", "", 9).add(10, "16-Nov-2026 09:30:00 +0000",
                mail(BEA, MailBook.WORK, "One", "Mon, 16 Nov 2026 09:30:00 +0000", "o1@client.example"), "x\r\n");
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            assertThat(ana.capture.sync(source()).messages()).isEqualTo(1);
            assertThat(ana.capture.sync(source()).messages()).as("UID 10:* names UID 10 again").isZero();
            inbox.add(12, "18-Nov-2026 09:30:00 +0000", mail(BEA, MailBook.WORK, "Two", "Wed, 18 Nov 2026 09:30:00 +0000",
                    "o2@client.example"), "y\r\n");
            assertThat(ana.capture.sync(source()).messages()).isEqualTo(1);
            assertThat(column(db, "SELECT folder || ':' || last_uid FROM imap_folders ORDER BY folder"))
                    .containsExactly("INBOX:12", "Sent:0");
        }
    }

    private static ScriptedImap.Box many(ScriptedImap.Box box, int n) {
        for (int i = 1; i <= n; i++) {
            box.add(i, "16-Nov-2026 09:30:00 +0000", mail(BEA, MailBook.WORK, "Note " + i,
                    "Mon, 16 Nov 2026 09:30:00 +0000", "n" + i + "@client.example"), "note\r\n");
        }
        return box;
    }

    @Test
    void aLargeFolderIsFetchedInBoundedBatches() throws Exception {
        many(server.box("INBOX", "", 1), 450);
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            assertThat(ana.capture.sync(source()).messages()).isEqualTo(450);
            List<String> fetches = server.commands().stream().filter(c -> c.contains("UID FETCH")).toList();
            assertThat(fetches).hasSize(3).allMatch(c -> c.contains("BODY.PEEK[HEADER.FIELDS")
                    && c.contains("BODY.PEEK[TEXT]<0.600>"));
            assertThat(fetches.get(0)).contains("UID FETCH 1:200 ");
            assertThat(server.commands()).noneMatch(c -> c.matches("\\S+ FETCH .*"));
        }
    }

    @BothDatabases
    void aByeInMidFetchFailsCleanlyKeepsTheBookAsItWasAndLosesNothing(TestDatabase db) {
        ScriptedImap.Box inbox = server.box("INBOX", "", 3).add(1, "15-Nov-2026 09:30:00 +0000",
                mail(BEA, MailBook.WORK, "First", "Sun, 15 Nov 2026 09:30:00 +0000", "f1@client.example"), "x\r\n");
        MailBook ana = new MailBook(db);
        ana.capture.sync(source());
        for (int i = 2; i <= 450; i++) {
            inbox.add(i, "16-Nov-2026 09:30:00 +0000", mail(BEA, MailBook.WORK, "Note " + i,
                    "Mon, 16 Nov 2026 09:30:00 +0000", "n" + i + "@client.example"), "note\r\n");
        }
        List<String> state = column(db, "SELECT folder || ':' || last_uid FROM imap_folders");
        Map<String, Integer> before = Tables.counts(db.database());
        server.byeAfterFetches = 2;
        assertThatThrownBy(() -> ana.capture.sync(source())).isInstanceOf(SourceException.class)
                .hasMessageContaining("imap ana@127.0.0.1").hasMessageContaining("closed the connection")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("secret"));
        assertThat(Tables.counts(db.database())).isEqualTo(before);
        assertThat(column(db, "SELECT folder || ':' || last_uid FROM imap_folders")).isEqualTo(state)
                .containsExactly("INBOX:1");
        server.byeAfterFetches = -1;
        assertThat(ana.capture.sync(source()).interactions()).isEqualTo(449);
    }

    @Test
    void theSentFolderIsFoundBySpecialUseOnRequestUnderAModifiedUtf7NameAndJunkIsNeverRead() throws Exception {
        server.specialUseOnlyOnRequest = true;
        String greek = "Απεσταλμένα";
        String wire = BASE64MailboxEncoder.encode(greek);
        server.box("INBOX", "", 1).add(1, "16-Nov-2026 09:30:00 +0000",
                mail(BEA, MailBook.WORK, "Hello", "Mon, 16 Nov 2026 09:30:00 +0000", "h1@client.example"), "x\r\n");
        server.box(wire, "\\Sent", 2).add(1, "17-Nov-2026 09:30:00 +0000",
                mail(MailBook.WORK, "Carl Berg <carl@partner.example>", "Contract", "Tue, 17 Nov 2026 09:30:00 +0000",
                        "c1@work.example"), "x\r\n");
        for (String other : List.of("[Gmail]/All Mail:\\All", "[Gmail]/Spam:\\Junk", "[Gmail]/Trash:\\Trash",
                "[Gmail]/Drafts:\\Drafts")) {
            String[] parts = other.split(":");
            server.box(parts[0], parts[1], 3).add(1, "18-Nov-2026 09:30:00 +0000", mail(BEA, MailBook.WORK,
                    "In " + parts[0], "Wed, 18 Nov 2026 09:30:00 +0000", parts[0] + "@client.example"), "x\r\n");
        }
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            CaptureSummary run = ana.capture.sync(source());
            assertThat(run.messages()).as("the inbox, the sent folder and All Mail; never spam, trash or drafts").isEqualTo(3);
            assertThat(column(db, "SELECT subject FROM mail_messages ORDER BY subject"))
                    .containsExactly("Contract", "Hello", "In [Gmail]/All Mail");
            assertThat(column(db, "SELECT folder FROM imap_folders ORDER BY folder"))
                    .containsExactly("INBOX", "[Gmail]/All Mail", greek);
            assertThat(ana.capture.sync(source()).messages()).isZero();
            assertThat(server.commands()).anyMatch(c -> c.endsWith("EXAMINE \"" + wire + "\"") || c.endsWith("EXAMINE " + wire));
        }
    }

    @Test
    void withoutSpecialUseALocalizedSentFolderBelowInboxIsFound() throws Exception {
        server.capabilities = "IMAP4rev1";
        server.separator = '.';
        server.box("INBOX", "", 1);
        server.box("INBOX.Gesendete Elemente", "", 2).add(4, "17-Nov-2026 09:30:00 +0000",
                mail(MailBook.WORK, "Carl Berg <carl@partner.example>", "Vertrag", "Tue, 17 Nov 2026 09:30:00 +0000",
                        "v1@work.example"), "x\r\n");
        server.box("INBOX.Junk-E-Mail", "", 3).add(1, "18-Nov-2026 09:30:00 +0000", mail(BEA, MailBook.WORK,
                "Junk", "Wed, 18 Nov 2026 09:30:00 +0000", "j1@client.example"), "x\r\n");
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            assertThat(ana.capture.sync(source()).interactions()).isEqualTo(1);
            assertThat(column(db, "SELECT folder FROM imap_folders ORDER BY folder"))
                    .containsExactly("INBOX", "INBOX.Gesendete Elemente");
        }
    }

    @Test
    void configuredGmailFoldersCountAMessageOnceAndSkipSpam() throws Exception {
        String hello = mail(BEA, MailBook.WORK, "Hello", "Mon, 16 Nov 2026 09:30:00 +0000", "h1@client.example");
        server.box("INBOX", "", 1).add(5, "16-Nov-2026 09:30:00 +0000", hello, "x\r\n");
        server.box("[Gmail]/All Mail", "\\All", 2).add(9, "16-Nov-2026 09:30:00 +0000", hello, "x\r\n");
        server.box("[Gmail]/Spam", "\\Junk", 3).add(1, "18-Nov-2026 09:30:00 +0000", mail(BEA, MailBook.WORK,
                "Spam", "Wed, 18 Nov 2026 09:30:00 +0000", "s1@client.example"), "x\r\n");
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            CaptureSummary run = ana.capture.sync(source("INBOX", "[Gmail]/All Mail", "[Gmail]/Spam"));
            assertThat(run.messages()).isEqualTo(2);
            assertThat(run.interactions()).isEqualTo(1);
            assertThat(run.skipped().duplicates()).isEqualTo(1);
            assertThat(column(db, "SELECT subject FROM mail_messages")).containsExactly("Hello");
        }
    }

    @Test
    void aRefusedSignInSaysWhatTheServerSaidAndNeverThePassword() throws Exception {
        server.loginRefusal = "NO [ALERT] Application-specific password required:"
                + " https://support.google.com/accounts/answer/185833 (Failure)";
        server.box("INBOX", "", 1);
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            assertThatThrownBy(() -> ana.capture.sync(source(ImapAccount.Security.NONE, server.port(), "hunter2pw")))
                    .isInstanceOf(SourceException.class).hasMessageContaining("imap ana@127.0.0.1")
                    .hasMessageContaining("Application-specific password required")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2pw").doesNotContain("[ALERT]"));
        }
    }

    @Test
    void loginDisabledWithoutEncryptionSaysSoAndSendsNoPassword() throws Exception {
        server.capabilities = "IMAP4rev1 LOGINDISABLED AUTH=XOAUTH2";
        server.box("INBOX", "", 1);
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            assertThatThrownBy(() -> ana.capture.sync(source())).isInstanceOf(SourceException.class)
                    .hasMessageContaining("accepts no password sign-in").hasMessageContaining("TLS or STARTTLS")
                    .hasMessageContaining("app password");
            assertThat(server.commands()).noneMatch(c -> c.contains("secret"));
        }
    }

    @Test
    void starttlsRequiredButNotOfferedSendsNoPassword() throws Exception {
        server.box("INBOX", "", 1);
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            assertThatThrownBy(() -> ana.capture.sync(source(ImapAccount.Security.STARTTLS, server.port(), "secret")))
                    .isInstanceOf(SourceException.class).hasMessageContaining("does not offer STARTTLS");
            assertThat(server.commands()).noneMatch(c -> c.contains("secret"));
        }
    }

    @Test
    void tlsErrorsArePlain() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            assertThatThrownBy(() -> ana.capture.sync(source(ImapAccount.Security.TLS, TLS.getImaps().getPort(), "secret")))
                    .as("GreenMail's self-signed certificate").isInstanceOf(SourceException.class)
                    .hasMessageContaining("certificate is not trusted")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("PKIX").doesNotContain("Exception"));
            assertThatThrownBy(() -> ana.capture.sync(source(ImapAccount.Security.TLS, server.port(), "secret")))
                    .as("TLS to a plain port").isInstanceOf(SourceException.class)
                    .hasMessageContaining("does not speak TLS");
        }
    }

    @Test
    void aSelfSignedCertificateIsTrustedOnlyByTheFingerprintTheUserPinned() throws Exception {
        com.icegreen.greenmail.user.GreenMailUser user = TLS.setUser(MailBook.WORK, "ana", "secret");
        jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()));
        m.setFrom(new jakarta.mail.internet.InternetAddress(BEA));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, MailBook.WORK);
        m.setSubject("Over TLS");
        m.setText("Hello\n");
        m.setHeader("Date", "Mon, 16 Nov 2026 09:30:00 +0000");
        user.deliver(m);
        int port = TLS.getImaps().getPort();
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            SourceException refused = org.assertj.core.api.Assertions.catchThrowableOfType(SourceException.class,
                    () -> ana.capture.sync(source(ImapAccount.Security.TLS, port, "secret")));
            java.util.regex.Matcher shown = java.util.regex.Pattern.compile("fingerprint is ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})")
                    .matcher(refused.getMessage());
            assertThat(shown.find()).as(refused.getMessage()).isTrue();
            String fingerprint = shown.group(1);
            String other = "00:" + fingerprint.substring(3);
            assertThatThrownBy(() -> ana.capture.sync(pinned(port, other))).isInstanceOf(SourceException.class)
                    .hasMessageContaining("not trusted");
            String typed = "sha256 Fingerprint=" + fingerprint.toLowerCase(java.util.Locale.ROOT);
            assertThat(ana.capture.sync(pinned(port, typed)).interactions()).isEqualTo(1);
        }
    }

    private static SyncSource pinned(int port, String fingerprint) {
        return new SyncSource("1", "imap", "default", new ImapAccount("127.0.0.1", port, ImapAccount.Security.TLS,
                "ana", List.of(), fingerprint), null, null, "secret");
    }

    @Test
    void aPinnedFingerprintIsCheckedAndKeptInTheSourcesFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path config) {
        String hex = "ab".repeat(32);
        ImapAccount account = new ImapAccount("imap.example.org", 993, ImapAccount.Security.TLS, "ana", List.of(), hex);
        assertThat(account.tlsFingerprint()).hasSize(95).startsWith("AB:AB:").doesNotContain("ab");
        SyncSources sources = new SyncSources(config);
        sources.add("default", account, "pw-1234");
        assertThat(sources.list().get(0).account()).isEqualTo(account);
        assertThatThrownBy(() -> new ImapAccount("h", 993, ImapAccount.Security.TLS, "ana", List.of(), "not-a-hash"))
                .isInstanceOf(dev.kith.core.ValidationException.class).hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> new ImapAccount("h", 143, ImapAccount.Security.NONE, "ana", List.of(), hex))
                .isInstanceOf(dev.kith.core.ValidationException.class);
    }

    @Test
    void aRenamedSentFolderIsFoundAgainWithoutDuplicatesAndAConfiguredFolderThatIsGoneIsNamed() throws Exception {
        String reply = mail(MailBook.WORK, "Carl Berg <carl@partner.example>", "Contract",
                "Tue, 17 Nov 2026 09:30:00 +0000", "c1@work.example");
        server.box("INBOX", "", 1);
        server.box("Sent", "\\Sent", 2).add(1, "17-Nov-2026 09:30:00 +0000", reply, "x\r\n");
        try (TestDatabase db = TestDatabase.sqlite()) {
            MailBook ana = new MailBook(db);
            assertThat(ana.capture.sync(source()).interactions()).isEqualTo(1);
            server.boxes.remove("Sent");
            server.box("Sent Items", "\\Sent", 7).add(3, "17-Nov-2026 09:30:00 +0000", reply, "x\r\n");
            CaptureSummary renamed = ana.capture.sync(source());
            assertThat(renamed.messages()).isEqualTo(1);
            assertThat(renamed.interactions()).isZero();
            Map<String, Integer> before = Tables.counts(db.database());
            assertThatThrownBy(() -> ana.capture.sync(source("INBOX", "Sent"))).isInstanceOf(SourceException.class)
                    .hasMessageContaining("no folder called 'Sent'");
            assertThat(Tables.counts(db.database())).isEqualTo(before);
        }
    }
}
