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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ZIP of saved messages ({@code .eml}, {@code .emlx}), as some mail tools export a mailbox, and its bounds. */
class MessageZipTest {
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

    private static String message(String from, String id, String date) {
        return "From: " + from + "\r\nTo: ana@work.example\r\n" + (date == null ? "" : "Date: " + date + "\r\n")
                + "Subject: about " + id + "\r\nMessage-ID: <" + id + ">\r\n\r\nHello Ana,\r\nthe slides.\r\n";
    }

    private Path zip(String name, Object... entries) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < entries.length; i += 2) {
                ZipEntry e = new ZipEntry((String) entries[i]);
                e.setLastModifiedTime(FileTime.from(Instant.parse("2026-11-20T08:00:00Z")));
                out.putNextEntry(e);
                out.write(entries[i + 1] instanceof byte[] b ? b
                        : entries[i + 1].toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }

    @Test
    void everySavedMessageInTheZipIsReadAndJunkDraftsAndMacForksAreNot() throws IOException {
        String date = "Mon, 30 Nov 2026 10:00:00 +0000";
        Path zip = zip("mail.zip", "Mail/Inbox/Board slides.eml", "\uFEFF" + message("bea@client.example", "in@x", date),
                "Mail/Inbox/notes.txt", "not mail",
                "Mail/Sent/2.EML", "\r\n" + message("ana@work.example", "sent@x", date),
                "Mail/Inbox/undated.eml", message("carl@partner.example", "undated@x", null),
                "Mail/Junk/3.eml", message("win@lottery.example", "junk@x", date),
                "Mail/Drafts/4.eml", message("ana@work.example", "draft@x", date),
                "__MACOSX/Mail/Inbox/._Board slides.eml", new byte[] {0, 5, 22, 7, 0, 2},
                "Mail/Inbox/broken.eml", "just some text\r\n");

        MessageSources.mbox(zip).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactly("in@x", "sent@x", "undated@x");
        assertThat(read.get(0).origin()).isEqualTo(zip + "!/Mail/Inbox/Board slides.eml");
        assertThat(read.get(0).snippet()).startsWith("Hello Ana");
        assertThat(read.get(2).sentAt()).as("dated by its entry").isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(unreadable).singleElement().asString().startsWith(zip + "!/Mail/Inbox/broken.eml: ");
    }

    @Test
    void aZipThatUnpacksToFarMoreThanItsSizeIsRefused() throws IOException {
        byte[] zeros = new byte[16 << 20];
        Path bomb = zip("bomb.zip", "a.eml", message("bea@client.example", "a@x", null), "b.eml", zeros,
                "c.eml", zeros);

        assertThatThrownBy(() -> new MboxZipSource(bomb, MboxZipSource.MAX_ENTRIES, 1 << 20).read(sink))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason())
                        .startsWith("the ZIP unpacks to more than").contains("a ZIP bomb"));
    }

    @Test
    void aZipOfTooManyFilesIsRefused() throws IOException {
        Path many = zip("many.zip", "1.eml", message("bea@client.example", "1@x", null), "2.eml", "x", "3.eml", "y");

        assertThatThrownBy(() -> new MboxZipSource(many, 2, MboxZipSource.MIN_TOTAL_BYTES).read(sink))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason())
                        .isEqualTo("more than 2 files in the ZIP"));
    }

    @Test
    void appleMailsExportZippedIsReadThroughTheMboxFileOfEachMailbox() throws IOException {
        String mbox = "From bea@client.example Mon Nov 30 10:00:00 2026\nFrom: bea@client.example\n"
                + "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <%s>\n\nhi\n";
        Path zip = zip("Inbox.mbox.zip", "Inbox.mbox/Table of Contents", new byte[] {0, 1, 2},
                "Inbox.mbox/mbox", mbox.formatted("inbox@x"), "Inbox.mbox/Clients.mbox/mbox", mbox.formatted("clients@x"),
                "Drafts.mbox/mbox", mbox.formatted("draft@x"));

        MessageSources.mbox(zip).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactly("inbox@x", "clients@x");
    }

    @Test
    void mailFilesWithoutAnExtensionAreReadByHowTheyStart() throws IOException {
        String mbox = "From - Mon Nov 30 10:00:00 2026\nFrom: bea@client.example\n"
                + "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <%s>\n\nhi\n";
        Path zip = zip("Thunderbird.zip", "Local Folders/Inbox", mbox.formatted("inbox@x"),
                "Local Folders/Inbox.msf", "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n",
                "Local Folders/Trash", mbox.formatted("trash@x"),
                "Local Folders/README", "just text\n",
                "readpst/Sent Items/1", message("ana@work.example", "sent@x", "Mon, 30 Nov 2026 11:00:00 +0000"));

        MessageSources.mbox(zip).read(sink);

        assertThat(read).extracting(MailMessage::messageId).containsExactly("inbox@x", "sent@x");
        assertThat(unreadable).isEmpty();
    }
}
