package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.io.ImportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MboxSourceTest {
    @TempDir
    Path folder;

    private final List<MailMessage> read = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final MessageSink sink = new MessageSink() {
        @Override
        public void warning(String origin, String reason) {
            warnings.add(origin + ": " + reason);
        }

        @Override
        public void message(MailMessage message) {
            read.add(message);
        }

        @Override
        public void unreadable(String origin, String reason) {
            unreadable.add(origin + ": " + reason);
        }
    };

    private void read(String text) throws IOException {
        Path file = folder.resolve("m.mbox");
        Files.writeString(file, text);
        MessageSources.mbox(file).read(sink);
    }

    @Test
    void separatorsOfGmailThunderbirdAndAppleMailAreReadWithTheirDates() throws IOException {
        read("""
                From 1781234567890123456@xxx Mon Nov 02 12:00:00 +0100 2026\r
                From: a@x.example\r
                \r
                one\r
                From - Sat Jan  3 01:05:34 1996
                From: b@x.example

                two
                From b@x.example Fri Oct 16 10:47:28 2009
                From: c@x.example

                three
                """);

        assertThat(read).extracting(MailMessage::sentAt).containsExactly(Instant.parse("2026-11-02T11:00:00Z"),
                Instant.parse("1996-01-03T01:05:34Z"), Instant.parse("2009-10-16T10:47:28Z"));
        assertThat(unreadable).isEmpty();
    }

    @Test
    void theEpochThatConvertersWriteInASeparatorIsNoDateForAMessageWithoutOne() throws IOException {
        read("""
                From MAILER-DAEMON Thu Jan  1 00:00:00 1970
                From: a@x.example
                Subject: converted, no Date

                one

                From MAILER-DAEMON Thu Jan  1 00:00:00 1970
                From: b@x.example
                Date: Thu, 19 Nov 2026 09:00:00 +0000

                two
                """);

        assertThat(read).extracting(MailMessage::sentAt).containsExactly(Instant.parse("2026-11-19T09:00:00Z"));
        assertThat(unreadable).singleElement().asString().endsWith("m.mbox:1: no date");
    }

    @Test
    void aDateLaterThanTheSeparatorSaysTheMessageArrivedIsDatedByTheSeparator() throws IOException {
        read("""
                From 1781234567890123456@xxx Mon Nov 02 12:00:00 +0100 2026
                From: typo@x.example
                Date: Mon, 02 Nov 2062 11:58:00 +0100
                Message-ID: <typo@x.example>

                the sender typed 2062

                From - Tue Nov 03 09:00:00 2026
                From: fast@x.example
                Date: Tue, 03 Nov 2026 20:00:00 +0100

                a clock some hours fast, or a zone written wrong, is believed

                From converter@x.example Mon Jan  1 00:00:00 2001
                From: placeholder@x.example
                Date: Wed, 04 Nov 2026 10:00:00 +0000

                a converter's placeholder separator says nothing of arrival
                """);

        assertThat(read).extracting(MailMessage::sentAt).containsExactly(Instant.parse("2026-11-02T11:00:00Z"),
                Instant.parse("2026-11-03T19:00:00Z"), Instant.parse("2026-11-04T10:00:00Z"));
        assertThat(read).extracting(MailMessage::claimedAt).containsExactly(Instant.parse("2062-11-02T10:58:00Z"),
                null, null);
        assertThat(read.getFirst().key()).isEqualTo("typo@x.example");
        assertThat(unreadable).isEmpty();
    }

    @Test
    void readpstSeparatorsFromAnOutlookPstSplitMessagesAndItsPlaceholderDateIsNoArrival() throws IOException {
        read("""
                From "Bea Ortiz" Mon Nov 16 09:00:00 2026
                From: "Bea Ortiz" <bea@x.example>
                Date: Mon, 16 Nov 2026 09:00:00 +0100

                one

                From "Carl Berg (Partner)" Tue Nov 17 10:00:00 2026
                From: Carl Berg <carl@x.example>

                two

                From "MAILER-DAEMON" Fri Dec 28 12:06:21 2001
                From: dee@x.example
                Date: Wed, 18 Nov 2026 10:00:00 +0000

                three
                """);

        assertThat(read).extracting(m -> m.from().email()).containsExactly("bea@x.example", "carl@x.example",
                "dee@x.example");
        assertThat(read).extracting(MailMessage::sentAt).containsExactly(Instant.parse("2026-11-16T08:00:00Z"),
                Instant.parse("2026-11-17T10:00:00Z"), Instant.parse("2026-11-18T10:00:00Z"));
        assertThat(unreadable).isEmpty();
    }

    @Test
    void bodyLinesStartingWithFromDoNotSplitAMessage() throws IOException {
        read("""
                From a@x.example Mon Nov 02 12:00:00 2026
                From: a@x.example
                Subject: one

                Hello,
                From here on we meet on Mondays.
                >From the minutes (mboxrd quoting)

                From now on, too.
                """);

        assertThat(read).singleElement().satisfies(m -> assertThat(m.snippet())
                .isEqualTo("Hello, From here on we meet on Mondays. From the minutes (mboxrd quoting) From now on, too."));
    }

    @Test
    void anUnquotedBodyLineStartingWithFromAndATimeAfterABlankLineDoesNotSplitAMessage() throws IOException {
        read("""
                From 1790123456789012999@xxx Wed Nov 18 08:00:00 +0000 2026
                From: a@x.example
                Subject: one

                Hello,

                From here on, we meet at 10:30 every Monday.
                From: nobody, at 9:15

                From b@x.example 2026-11-19 09:00:00
                From: b@x.example
                Date: Thu, 19 Nov 2026 09:00:00 +0000

                two
                """);

        assertThat(read).extracting(m -> m.from().email()).containsExactly("a@x.example", "b@x.example");
        assertThat(read.getFirst().snippet()).isEqualTo("Hello, From here on, we meet at 10:30 every Monday. From: nobody, at 9:15");
        assertThat(unreadable).isEmpty();
    }

    @Test
    void anAppleMailExportFolderIsReadThroughItsMboxFile() throws IOException {
        Path export = Files.createDirectories(folder.resolve("Inbox.mbox"));
        Files.writeString(export.resolve("mbox"), "From a@x.example Mon Nov 02 12:00:00 2026\nFrom: a@x.example\n\none\n");
        Files.writeString(export.resolve("table_of_contents"), "\u0000binary index");

        MessageSources.mbox(export).read(sink);

        assertThat(read).extracting(m -> m.from().email()).containsExactly("a@x.example");
        assertThat(unreadable).isEmpty();
    }

    @Test
    void aHeaderFieldWithALineOverTheLimitIsDroppedWithAWarningAndItsMessageRead() throws IOException {
        Path file = folder.resolve("long-field.mbox");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("From a@x.example Mon Nov 02 12:00:00 2026\nFrom: a@x.example\nReferences: <r1@x>"
                    .getBytes(StandardCharsets.US_ASCII));
            writeLine(out, 'r', 100 << 10);
            out.write("\t<r2@x>\nX-Spam-Report: ".getBytes(StandardCharsets.US_ASCII));
            writeLine(out, 's', 70 << 10);
            out.write(" and a folded line\nSubject: kept\n\nbody a\n".getBytes(StandardCharsets.US_ASCII));
            out.write("From b@x.example Mon Nov 02 13:00:00 2026\nFrom: ".getBytes(StandardCharsets.US_ASCII));
            writeLine(out, 'b', 100 << 10);
            out.write("Subject: no sender left\n\nbody b\n".getBytes(StandardCharsets.US_ASCII));
        }

        MessageSources.mbox(file).read(sink);

        assertThat(read).singleElement().satisfies(m -> {
            assertThat(m.from().email()).isEqualTo("a@x.example");
            assertThat(m.subject()).isEqualTo("kept");
            assertThat(m.threadRoot()).isNull();
        });
        assertThat(warnings).containsExactly(
                file + ":1: the References field has a line longer than 65536 bytes; the field was dropped",
                file + ":1: the X-Spam-Report field has a line longer than 65536 bytes; the field was dropped");
        assertThat(unreadable).singleElement().asString().endsWith(":10: no From field (the From field has a line"
                + " longer than 65536 bytes; the field was dropped)");
    }

    @Test
    void aTenMegabyteLineIsSkippedInTheBodyAndMakesTheHeaderTooLong() throws IOException {
        Path file = folder.resolve("huge.mbox");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("From a@x.example Mon Nov 02 12:00:00 2026\nFrom: a@x.example\nSubject: big body\n\n"
                    .getBytes(StandardCharsets.US_ASCII));
            writeLine(out, 'x', 10 << 20);
            out.write("after\nFrom b@x.example Mon Nov 02 13:00:00 2026\nFrom: b@x.example\nX-Junk: "
                    .getBytes(StandardCharsets.US_ASCII));
            writeLine(out, 'y', 10 << 20);
            out.write("Subject: big header\n\nbody\nFrom c@x.example Mon Nov 02 14:00:00 2026\nFrom: c@x.example\n\nok\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }

        MessageSources.mbox(file).read(sink);

        assertThat(read).extracting(m -> m.from().email()).containsExactly("a@x.example", "c@x.example");
        assertThat(read.get(0).snippet()).hasSizeLessThanOrEqualTo(200);
        assertThat(unreadable).singleElement().asString().endsWith(":7: the header is longer than 1048576 bytes");
    }

    private static void writeLine(OutputStream out, char c, int length) throws IOException {
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, (byte) c);
        for (int written = 0; written < length; written += chunk.length) {
            out.write(chunk, 0, Math.min(chunk.length, length - written));
        }
        out.write('\n');
    }

    @Test
    void theSnippetComesFromTheFirstTextPartOfNestedMultipartsDecoded() throws IOException {
        read("""
                From a@x.example Mon Nov 02 12:00:00 2026
                From: a@x.example
                Content-Type: multipart/mixed; boundary=outer

                --outer
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: base64

                SGVqIMVzYSwg
                duRsa29tbWVu
                --inner
                Content-Type: text/html

                <p>no</p>
                --inner--
                --outer
                Content-Type: application/pdf
                Content-Disposition: attachment; filename=a.pdf

                JVBERi0=
                --outer--
                """);

        assertThat(read).singleElement().satisfies(m -> assertThat(m.snippet()).isEqualTo("Hej Åsa, välkommen"));
    }

    @Test
    void brokenMimeGivesNoSnippetButTheMessageIsRead() throws IOException {
        read("""
                From a@x.example Mon Nov 02 12:00:00 2026
                From: a@x.example
                Content-Type: multipart/mixed

                no boundary anywhere
                """);

        assertThat(read).singleElement().satisfies(m -> assertThat(m.snippet()).isNull());
    }
    @Test
    void aThunderbirdProfileFolderIsReadThroughItsMboxFilesAndSubfoldersSkippingIndexes() throws IOException {
        Path local = Files.createDirectories(folder.resolve("Local Folders"));
        Files.writeString(local.resolve("Inbox"), """
                From - Mon Dec 02 09:05:00 2019
                X-Mozilla-Status: 0001
                From: a@x.example
                Subject: one

                body
                """);
        Files.write(local.resolve("Inbox.msf"), new byte[] {'/', '/', ' ', '<', '!', '-', '-', 0, 1, 2});
        Files.writeString(local.resolve("Trash"), "");
        Files.writeString(local.resolve("msgFilterRules.dat"), "version=\"9\"\n");
        Files.writeString(local.resolve("Drafts"), """
                From - Mon Dec 02 10:05:00 2019
                X-Mozilla-Draft-Info: internal/draft; vcard=0; receipt=0
                From: me@x.example
                Subject: never sent

                body
                """);
        Path sub = Files.createDirectories(local.resolve("Inbox.sbd"));
        Files.writeString(sub.resolve("Work"), """
                From - Tue Dec 03 09:05:00 2019
                From: b@x.example
                Subject: two

                body
                """);

        MessageSources.mbox(local).read(sink);

        assertThat(read).extracting(MailMessage::subject).containsExactly("one", "two");
        assertThat(read.get(1).origin()).endsWith("Work:1");
        assertThat(unreadable).isEmpty();
    }

    @Test
    void theJunkAndTrashOfAThunderbirdProfileOrAMailExportAreNotReadAsAnImapSourceReadsNeither() throws IOException {
        Path local = Files.createDirectories(folder.resolve("Local Folders"));
        String message = """
                From - Mon Dec 02 09:05:00 2019
                X-Mozilla-Status: 0001
                From: %s@x.example
                Subject: %s

                body
                """;
        Files.writeString(local.resolve("Inbox"), message.formatted("a", "kept"));
        Files.writeString(local.resolve("Junk"), message.formatted("spammer", "You won"));
        Files.writeString(local.resolve("Trash"), message.formatted("b", "deleted"));
        Files.writeString(local.resolve("Deleted Messages.mbox"), message.formatted("c", "deleted on a Mac"));
        Files.writeString(local.resolve("Spam.mbox"), message.formatted("d", "Takeout's Spam label"));

        MessageSources.mbox(local).read(sink);

        assertThat(read).extracting(MailMessage::subject).containsExactly("kept");
    }

    @Test
    void mailThunderbirdMarksExpungedOrGmailFilesInTheTrashIsDeletedMail() throws IOException {
        read("""
                From - Mon Dec 02 09:05:00 2019
                X-Mozilla-Status: 0009
                From: a@x.example
                Subject: deleted, not yet compacted away

                body

                From - Mon Dec 02 09:06:00 2019
                X-Mozilla-Status: 0001
                From: b@x.example
                Subject: read

                body

                From 1781234567890123456@xxx Mon Dec 02 09:07:00 +0000 2019
                X-Gmail-Labels: Trash,Opened
                From: c@x.example
                Subject: in Gmail's trash

                body
                """);

        assertThat(read).extracting(MailMessage::subject, MailMessage::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("deleted, not yet compacted away", MailClass.DELETED),
                org.assertj.core.groups.Tuple.tuple("read", MailClass.PERSON),
                org.assertj.core.groups.Tuple.tuple("in Gmail's trash", MailClass.DELETED));
    }

    @Test
    void aFolderWithoutAnyMboxFileIsRefusedWithItsName() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "hello\n");

        assertThatThrownBy(() -> MessageSources.mbox(folder).read(sink)).isInstanceOf(ImportException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("no mbox file");
    }

    @Test
    void aGoogleTakeoutZipIsReadThroughItsMboxEntries() throws IOException {
        Path zip = folder.resolve("takeout-20261124T101500Z-001.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("Takeout/archive_browser.html"));
            out.write("<html></html>".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("Takeout/Mail/All mail Including Spam and Trash.mbox"));
            out.write("""
                    From 1781234567890123456@xxx Mon Nov 02 12:00:00 +0100 2026\r
                    X-Gmail-Labels: Inbox\r
                    From: a@x.example\r
                    Subject: one\r
                    \r
                    body\r
                    From 1781234567890123457@xxx Mon Nov 02 13:00:00 +0100 2026\r
                    From: b@x.example\r
                    Subject: two\r
                    \r
                    body\r
                    """.getBytes(StandardCharsets.UTF_8));
        }

        MessageSources.mbox(zip).read(sink);

        assertThat(read).extracting(MailMessage::subject).containsExactly("one", "two");
        assertThat(read.get(1).origin()).endsWith("zip!/Takeout/Mail/All mail Including Spam and Trash.mbox:7");
        Path empty = folder.resolve("photos.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(empty))) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.jpg"));
            out.write(new byte[] {1, 2, 3});
        }
        assertThatThrownBy(() -> MessageSources.mbox(empty).read(sink)).isInstanceOf(ImportException.class)
                .hasMessageContaining("without any .mbox or .eml file");
    }
}
