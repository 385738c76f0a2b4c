package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.io.ImportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages saved one per file ({@code .eml}, {@code .emlx}, MH folders), alone or in folders. */
class SavedMessagesTest {
    @TempDir
    Path dir;

    private final List<MailMessage> read = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final MessageSink sink = new MessageSink() {
        @Override
        public void message(MailMessage message) {
            read.add(message);
        }

        @Override
        public void unreadable(String origin, String reason) {
            unreadable.add(origin + ": " + reason);
        }
    };

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    private static String message(String from, String id, String subject) {
        return ("Received: from mx.example by mail.example; Mon, 30 Nov 2026 10:00:01 +0000\r\n"
                + "From: " + from + "\r\nTo: ana@work.example\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\n"
                + "Subject: " + subject + "\r\nMessage-ID: <" + id + ">\r\n\r\nHello Ana,\r\nthe slides.\r\n");
    }

    @Test
    void aSingleEmlFileIsReadAsOneMessage() throws IOException {
        Path eml = file("Board slides.eml", "\uFEFF" + message("Bea Ortiz <bea@client.example>", "b1@client", "Slides"));

        MessageSource source = MessageSources.mbox(eml);
        source.read(sink);

        assertThat(source.kind()).isEqualTo("mbox");
        assertThat(read).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo(new Address("bea@client.example", "Bea Ortiz"));
            assertThat(m.subject()).isEqualTo("Slides");
            assertThat(m.messageId()).isEqualTo("b1@client");
            assertThat(m.sentAt()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
            assertThat(m.snippet()).startsWith("Hello Ana");
            assertThat(m.origin()).isEqualTo(eml.toString());
        });
        assertThat(unreadable).isEmpty();
    }

    @Test
    void aFolderOfEmlFilesAndSubfoldersOfThemIsReadOneMessagePerFileAndABadOneIsNamedNotFatal() throws IOException {
        file("export/1.eml", message("bea@client.example", "1@x", "one"));
        file("export/Sent/2.EML", message("ana@work.example", "2@x", "two"));
        file("export/Archive/2025/3.eml", message("carl@partner.example", "3@x", "three"));
        Path broken = file("export/4.eml", "this is not a message at all\r\n");
        file("export/index.html", "<html></html>");
        file("export/notes.txt", "just notes\n");

        MessageSources.mbox(dir.resolve("export")).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactlyInAnyOrder("1@x", "2@x", "3@x");
        assertThat(unreadable).singleElement().asString().startsWith(broken.toString() + ": ")
                .contains("does not start with header fields");
    }

    @Test
    void aSavedMessageWithoutADateIsDatedByItsFileAndADateLaterThanTheFileIsNotBelieved() throws IOException {
        Path undated = file("a.eml", "From: bea@client.example\nSubject: no date\n\nhi\n");
        Path future = file("b.eml", "From: carl@partner.example\nDate: Thu, 1 Jan 2062 10:00:00 +0000\nSubject: typo\n\nhi\n");
        Instant saved = Instant.parse("2026-11-20T08:00:00Z");
        Files.setLastModifiedTime(undated, FileTime.from(saved));
        Files.setLastModifiedTime(future, FileTime.from(saved));

        MessageSources.mbox(dir).read(sink);

        assertThat(read).extracting(MailMessage::sentAt).containsExactly(saved, saved);
        assertThat(read.get(1).claimedAt()).isEqualTo(Instant.parse("2062-01-01T10:00:00Z"));
    }

    @Test
    void appleMailsEmlxIsReadUpToItsByteCountWithoutItsPropertyListNorTheAttachmentsBesideIt() throws IOException {
        String msg = "From: bea@client.example\nDate: Mon, 30 Nov 2026 10:00:00 +0000\nSubject: x\n\nok\n";
        file("INBOX.mbox/Data/Messages/12.emlx", msg.length() + "\n" + msg
                + "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict></dict></plist>\n");
        file("INBOX.mbox/Info.plist", "<?xml version=\"1.0\"?>\n");
        file("INBOX.mbox/Data/Attachments/12/2/forwarded.eml", message("carl@partner.example", "fwd@x", "fwd"));

        MessageSources.mbox(dir.resolve("INBOX.mbox")).read(sink);

        assertThat(read).singleElement().satisfies(m -> assertThat(m.snippet()).isEqualTo("ok"));
    }

    @Test
    void numberedFilesOfAnMhFolderOrReadpstAreReadByTheirHeaderFields() throws IOException {
        file("Inbox/1", message("bea@client.example", "1@x", "one"));
        file("Inbox/2", message("carl@partner.example", "2@x", "two"));
        file("Inbox/.mh_sequences", "unseen: 2\n");

        MessageSources.mbox(dir.resolve("Inbox")).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactly("1@x", "2@x");
    }

    @Test
    void thunderbirdsUnsentMessagesAndAnOutboxAreNeverReadAsMailSent() throws IOException {
        String mbox = "From - Mon Nov 30 10:00:00 2026\nFrom: ana@work.example\nTo: bea@client.example\n"
                + "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <%s>\n\nqueued\n";
        file("Local Folders/Inbox", mbox.formatted("in@x"));
        file("Local Folders/Inbox.msf", "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
        file("Local Folders/Unsent Messages", mbox.formatted("unsent@x"));
        file("Outlook/Outbox/1.eml", message("ana@work.example", "outbox@x", "queued"));

        MessageSources.mbox(dir).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactly("in@x");
    }

    @Test
    void aFolderOfOutlookMsgFilesIsRefusedSayingHowToSaveThem() throws IOException {
        Files.write(dir.resolve("Quarterly.msg"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

        assertThatThrownBy(() -> MessageSources.mbox(dir).read(sink)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.reason()).contains("no mbox file or saved message").contains(".msg"));
    }

    @Test
    void anAppleMailExportOfAMailboxWithMailboxesInsideIsReadWhole() throws IOException {
        String mbox = "From bea@client.example Mon Nov 30 10:00:00 2026\nFrom: bea@client.example\n"
                + "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <%s>\n\nhi\n";
        file("Projects.mbox/mbox", mbox.formatted("projects@x"));
        file("Projects.mbox/Table of Contents", "\u0000\u0001binary");
        file("Projects.mbox/Acme.mbox/mbox", mbox.formatted("acme@x"));

        MessageSources.mbox(dir.resolve("Projects.mbox")).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactlyInAnyOrder("projects@x", "acme@x");
    }

    @Test
    void thunderbirdsNewsFeedsAreNotMail() throws IOException {
        String mbox = "From - Mon Nov 30 10:00:00 2026\nFrom: %s\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
                + "Message-ID: <%s>\n\nhi\n";
        file("Mail/Local Folders/Inbox", mbox.formatted("bea@client.example", "mail@x"));
        file("Mail/Feeds/feeds.json", "[]");
        file("Mail/Feeds/Planet Java", mbox.formatted("Planet Java <planet@blog.example>", "post@x"));

        MessageSources.mbox(dir.resolve("Mail")).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactly("mail@x");
    }

    @Test
    void aMaildirMessageStartingWithAByteOrderMarkOrBlankLinesIsReadAsASavedMessageIs() throws IOException {
        file("Maildir/cur/1763640000.M1P1.host:2,S", "\uFEFF" + message("bea@client.example", "bom@x", "bom"));
        file("Maildir/cur/1763640001.M2P1.host:2,S", "\r\n\r\n" + message("carl@partner.example", "blank@x", "blank"));
        file("Maildir/new/1763640002.M3P1.host", "\uFEFF\n" + message("dana@partner.example", "both@x", "both"));
        Files.createDirectories(dir.resolve("Maildir/tmp"));

        MessageSources.maildir(dir.resolve("Maildir")).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactlyInAnyOrder("bom@x", "blank@x", "both@x");
        assertThat(read).extracting(MailMessage::subject).containsExactlyInAnyOrder("bom", "blank", "both");
        assertThat(unreadable).isEmpty();
    }

    @Test
    void readpstsFoldersOfFeedsSyncIssuesJunkAndDeletedItemsAreNotMail() throws IOException {
        String mbox = "From \"bea@client.example\" Mon Nov 30 10:00:00 2026\nFrom: %s\n"
                + "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <%s>\n\nhi\n";
        file("out/Outlook Data File/Inbox/mbox", mbox.formatted("bea@client.example", "in@x"));
        file("out/Outlook Data File/Sent Items/mbox", mbox.formatted("ana@work.example", "sent@x"));
        file("out/Outlook Data File/Deleted Items/mbox", mbox.formatted("old@client.example", "deleted@x"));
        file("out/Outlook Data File/Junk E-mail/mbox", mbox.formatted("win@lottery.example", "junk@x"));
        file("out/Outlook Data File/Junk Email/mbox", mbox.formatted("win@lottery.example", "junk2@x"));
        file("out/Outlook Data File/RSS Feeds/Planet Java/mbox", mbox.formatted("planet@blog.example", "rss@x"));
        file("out/Outlook Data File/RSS Subscriptions/mbox", mbox.formatted("news@blog.example", "rss2@x"));
        file("out/Outlook Data File/Sync Issues/mbox", mbox.formatted("ana@work.example", "sync@x"));
        file("out/Outlook Data File/Sync Issues/Conflicts/mbox", mbox.formatted("ana@work.example", "conflict@x"));
        file("out/Outlook Data File/Sync Issues/Local Failures/mbox", mbox.formatted("ana@work.example", "local@x"));
        file("out/Outlook Data File/Sync Issues/Server Failures/mbox", mbox.formatted("ana@work.example", "server@x"));
        file("out/Outlook Data File/Conflicts/mbox", mbox.formatted("bea@client.example", "project@x"));
        file("out/Outlook Data File/Outbox/mbox", mbox.formatted("ana@work.example", "outbox@x"));

        MessageSources.mbox(dir.resolve("out")).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactlyInAnyOrder("in@x", "sent@x", "project@x");
    }
}
