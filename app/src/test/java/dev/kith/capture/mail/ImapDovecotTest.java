package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.Prerequisite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IMAP client against a real Dovecot (Debian's {@code dovecot-imapd}), started on a free loopback port:
 * what GreenMail, being lenient, cannot show. Each test reads folders of its own.
 */
class ImapDovecotTest {
    private static Dovecot dovecot;
    private static Path dir;

    @BeforeAll
    static void startDovecot() throws Exception {
        if (Dovecot.installed()) {
            dir = Files.createTempDirectory("kith-dovecot");
            dovecot = Dovecot.start(dir);
        }
    }

    @AfterAll
    static void stopDovecot() throws java.io.IOException {
        if (dovecot != null) {
            dovecot.close();
        }
        if (dir != null) {
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @BeforeEach
    void needsDovecot() {
        Prerequisite.require(dovecot != null, "ImapDovecotTest (IMAP against a real Dovecot)",
                "/usr/sbin/dovecot is not installed (apt-get install dovecot-imapd)");
    }

    /** What a source delivered. */
    static final class Recorded implements MessageSink {
        final List<MailMessage> messages = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();

        @Override
        public void message(MailMessage message) {
            messages.add(message);
        }

        @Override
        public void unreadable(String origin, String reason) {
            unreadable.add(origin + ": " + reason);
        }
    }

    private static ImapSource source(int port, String... folders) {
        return new ImapSource(new ImapAccount("127.0.0.1", port, ImapAccount.Security.NONE, Dovecot.USER,
                List.of(folders)), Dovecot.PASSWORD, Map.of());
    }

    @Test
    void messagesWithMegabytesOfHeaderFieldsAreFetchedInBoundedPiecesAndStillReadWhole() throws Exception {
        StringBuilder to = new StringBuilder("To: ana@work.example");
        for (int i = 0; i < 20_000; i++) {
            to.append(",\r\n person").append(i).append(" <p").append(i).append("@many.example>");
        }
        int count = 60;
        for (int i = 0; i < count; i++) {
            // the fields Kith needs come after the huge To, as many clients write them
            dovecot.deliver("Huge", "Received: from mx.example\r\n" + to + "\r\nFrom: Bea Ortiz <bea@client.example>\r\n"
                    + "Subject: Planning " + i + "\r\nDate: Thu, 03 Dec 2026 10:00:00 +0000\r\nMessage-ID: <huge-" + i
                    + "@client.example>\r\nContent-Type: text/plain\r\n\r\nHello\r\n", "");
        }
        long onDisk = (long) count * to.length();
        Recorded got = new Recorded();
        try (CountingProxy proxy = new CountingProxy(dovecot.port())) {
            source(proxy.port(), "Huge").read(got);
            assertThat(proxy.fromServer()).as("bytes the server sent for %d messages of %d header bytes each",
                    count, to.length()).isLessThan(onDisk / 4);
        }
        assertThat(got.unreadable).isEmpty();
        assertThat(got.messages).hasSize(count).allSatisfy(m -> {
            assertThat(m.from().email()).isEqualTo("bea@client.example");
            assertThat(m.messageId()).matches("huge-\\d+@client.example");
            assertThat(m.subject()).startsWith("Planning ");
            assertThat(m.to()).hasSizeGreaterThan(100);
        });
    }

    @Test
    void plainImapSpokenToTheTlsPortIsToldToUseTls() {
        ImapSource plain = new ImapSource(new ImapAccount("127.0.0.1", dovecot.tlsPort(), ImapAccount.Security.NONE,
                Dovecot.USER, List.of()), Dovecot.PASSWORD, Map.of(), java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> plain.read(new Recorded())).isInstanceOf(SourceException.class)
                .hasMessageContaining("sent no IMAP greeting within 2 seconds").hasMessageContaining("--security tls");
    }

    @Test
    void aServerThatStopsAnsweringOrDropsTheConnectionMidFetchIsSaidSoInPlainWords() throws Exception {
        for (int i = 0; i < 400; i++) {
            dovecot.deliver("Stall", "From: Bea Ortiz <bea@client.example>\r\nTo: ana@work.example\r\nSubject: Note " + i
                    + "\r\nDate: Thu, 03 Dec 2026 10:00:00 +0000\r\nMessage-ID: <stall-" + i + "@client.example>\r\n"
                    + "Content-Type: text/plain\r\n\r\n" + "Some words of the note. ".repeat(40) + "\r\n", "");
        }
        try (CountingProxy proxy = new CountingProxy(dovecot.port())) {
            proxy.stallAfter = 100_000;
            ImapSource stalled = new ImapSource(new ImapAccount("127.0.0.1", proxy.port(), ImapAccount.Security.NONE,
                    Dovecot.USER, List.of("Stall")), Dovecot.PASSWORD, Map.of(), java.time.Duration.ofSeconds(2));
            assertThatThrownBy(() -> stalled.read(new Recorded())).isInstanceOf(SourceException.class)
                    .hasMessageContaining("stopped answering").hasMessageContaining("2 seconds")
                    .hasMessageContaining("nothing of this sync was kept")
                    .hasMessageNotContaining("Exception").hasMessageNotContaining("closed the connection");
        }
        try (CountingProxy proxy = new CountingProxy(dovecot.port())) {
            proxy.cutAfter = 100_000;
            assertThatThrownBy(() -> source(proxy.port(), "Stall").read(new Recorded())).isInstanceOf(SourceException.class)
                    .hasMessageContaining("closed the connection").hasMessageContaining("nothing of this sync was kept")
                    .hasMessageNotContaining("Exception").hasMessageNotContaining("java.");
        }
    }

    private static String note(String id) {
        return "From: Bea Ortiz <bea@client.example>\r\nTo: ana@work.example\r\nSubject: Note " + id
                + "\r\nDate: Thu, 03 Dec 2026 10:00:00 +0000\r\nMessage-ID: <" + id + "@client.example>\r\n"
                + "Content-Type: text/plain\r\n\r\nA short note.\r\n";
    }

    @Test
    void readingLeavesMailUnreadAndALaterReadTakesOnlyNewMailUntilTheFolderIsRecreated() throws Exception {
        dovecot.deliver("Flags", note("f1"), "");
        dovecot.deliver("Flags", note("f2"), "");
        dovecot.deliver("Flags", note("f3"), "F");
        List<String> before = dovecot.files("Flags");
        ImapAccount account = new ImapAccount("127.0.0.1", dovecot.port(), ImapAccount.Security.NONE, Dovecot.USER,
                List.of("Flags"));
        ImapSource first = new ImapSource(account, Dovecot.PASSWORD, Map.of());
        Recorded all = new Recorded();
        first.read(all);
        assertThat(all.messages).extracting(MailMessage::messageId)
                .containsExactly("f1@client.example", "f2@client.example", "f3@client.example");
        assertThat(dovecot.files("Flags")).as("Maildir flags (S: seen) after a read").isEqualTo(before)
                .noneMatch(f -> f.matches(".*:2,.*S.*"));

        Recorded nothing = new Recorded();
        ImapSource second = new ImapSource(account, Dovecot.PASSWORD, first.after());
        second.read(nothing);
        assertThat(nothing.messages).isEmpty();

        dovecot.deliver("Flags", note("f4"), "");
        Recorded fresh = new Recorded();
        ImapSource third = new ImapSource(account, Dovecot.PASSWORD, second.after());
        third.read(fresh);
        assertThat(fresh.messages).extracting(MailMessage::messageId).containsExactly("f4@client.example");

        dovecot.recreate("Flags");
        dovecot.deliver("Flags", note("f5"), "");
        Recorded reread = new Recorded();
        ImapSource fourth = new ImapSource(account, Dovecot.PASSWORD, third.after());
        fourth.read(reread);
        assertThat(fourth.after().get("Flags").uidValidity()).isNotEqualTo(third.after().get("Flags").uidValidity());
        assertThat(reread.messages).as("a recreated folder is read from its first UID")
                .extracting(MailMessage::messageId).containsExactly("f5@client.example");
    }

    @Test
    void everyFolderMarkedSentIsReadAlongsideTheInboxWhenNoFoldersAreConfigured() throws Exception {
        // Thunderbird saves to Sent, Apple Mail to Sent Messages; Dovecot marks both \Sent
        String reply = "From: ana@work.example\r\nTo: Bea Ortiz <bea@client.example>\r\nSubject: Re: Note %1$s\r\n"
                + "Date: Fri, 04 Dec 2026 10:00:00 +0000\r\nMessage-ID: <%1$s@work.example>\r\n\r\nThanks\r\n";
        dovecot.deliver("Sent", reply.formatted("desk"), "S");
        dovecot.deliver("Sent Messages", reply.formatted("phone"), "S");
        dovecot.deliver("Junk", reply.formatted("junk"), "S");
        ImapSource source = source(dovecot.port());
        Recorded got = new Recorded();
        source.read(got);
        assertThat(got.messages).extracting(MailMessage::messageId)
                .contains("desk@work.example", "phone@work.example").doesNotContain("junk@work.example");
        assertThat(source.after()).containsKeys("INBOX", "Sent", "Sent Messages");
    }

    @Test
    void mailFiledInTheArchiveIsReadWithTheInboxWhenNoFoldersAreConfigured() throws Exception {
        // a question from a client, answered and archived: without the archive it is neither seen nor answered
        String question = "From: Cy Diaz <cy@client.example>\r\nTo: ana@work.example\r\nSubject: Budget\r\n"
                + "Date: Thu, 03 Dec 2026 09:00:00 +0000\r\nMessage-ID: <budget@client.example>\r\n\r\nHow much?\r\n";
        dovecot.deliver("Archive", question, "S");
        ImapSource source = source(dovecot.port());
        Recorded got = new Recorded();
        source.read(got);
        assertThat(got.messages).extracting(MailMessage::messageId).contains("budget@client.example");
        assertThat(source.after()).containsKeys("INBOX", "Archive");
    }
}
