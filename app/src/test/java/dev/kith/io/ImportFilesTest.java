package dev.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.core.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code kith import FILE} reads a file or folder as, when the user names no format. */
class ImportFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path zip(String name, String... entries) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return p;
    }

    @Test
    void mailCalendarsAndLinkedInMessagesAreToldFromTheirFirstBytes() throws IOException {
        assertThat(ImportFiles.detect(file("All mail Including Spam and Trash",
                "From 1789@xxx Mon Dec 01 10:00:00 +0000 2026\nFrom: a@b.c\n\nhi\n"))).isEqualTo("mbox");
        assertThat(ImportFiles.detect(file("Inbox.mbox.txt", "\uFEFFFrom a@b Mon Dec  1 10:00:00 2026\n")))
                .isEqualTo("mbox");
        assertThat(ImportFiles.detect(file("calendar", "\r\nBEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))).isEqualTo("ics");
        assertThat(ImportFiles.detect(file("basic.ics", "BEGIN:VEVENT\r\n"))).isEqualTo("ics");
        assertThat(ImportFiles.detect(file("messages.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,"
                + "TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"))).isEqualTo("linkedin");
    }

    @Test
    void contactFilesAreToldAsTheWebsImportPageTellsThem() throws IOException {
        assertThat(ImportFiles.detect(file("Connections.csv", "Notes:\n\"When exporting your connection data...\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"))).isEqualTo("linkedin");
        assertThat(ImportFiles.detect(file("contacts.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\n"))).isEqualTo("vcard");
        assertThat(ImportFiles.detect(file("contacts.csv", "Name,Given Name,E-mail 1 - Value\n"))).isEqualTo("google");
        assertThat(ImportFiles.detect(file("backup", "{\"format\":\"kith\"}"))).isEqualTo("json");
    }

    @Test
    void aZipIsToldByTheNamesOfItsEntries() throws IOException {
        assertThat(ImportFiles.detect(zip("Basic_LinkedInDataExport_12-06-2026.zip", "Profile.csv",
                "Connections.csv", "messages.csv"))).isEqualTo("linkedin");
        assertThat(ImportFiles.detect(zip("takeout-20261206T101010Z-001.zip", "Takeout/archive_browser.html",
                "Takeout/Mail/All mail Including Spam and Trash.mbox"))).isEqualTo("mbox");
        assertThat(ImportFiles.detect(zip("ana@gmail.com.ical.zip", "ana@gmail.com.ics",
                "Work_8f0c@group.calendar.google.com.ics"))).as("Google Calendar's export").isEqualTo("ics");
        assertThat(ImportFiles.detect(zip("mail.zip", "Mail/Inbox/Board slides.eml", "Mail/Sent/2.EML")))
                .as("a ZIP of saved messages").isEqualTo("mbox");
        assertThat(ImportFiles.detect(zip("apple.zip", "Messages/12.emlx"))).isEqualTo("mbox");
        assertThat(ImportFiles.detect(zip("Inbox.mbox.zip", "Inbox.mbox/Table of Contents", "Inbox.mbox/mbox")))
                .as("Apple Mail's export, zipped").isEqualTo("mbox");
        Path thunderbird = dir.resolve("Local Folders.zip");
        try (OutputStream out = Files.newOutputStream(thunderbird); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("Local Folders/Inbox.msf"));
            zip.putNextEntry(new ZipEntry("Local Folders/Inbox"));
            zip.write("From - Mon Nov 30 10:00:00 2026\nFrom: a@b.c\n\nhi\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ImportFiles.detect(thunderbird)).as("Thunderbird's folders, zipped").isEqualTo("mbox");
        assertThatThrownBy(() -> ImportFiles.detect(zip("forks.zip", "__MACOSX/Mail/._a.eml", "._b.eml", "a.jpg")))
                .as("macOS's resource forks are no messages").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ImportFiles.detect(zip("photos.zip", "a.jpg", "b.jpg")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("neither a LinkedIn export");
        Path broken = file("broken.zip", "PK\u0003\u0004 not really");
        assertThatThrownBy(() -> ImportFiles.detect(broken)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a readable ZIP");
    }

    @Test
    void foldersAreToldByWhatTheyHold() throws IOException {
        Files.createDirectories(dir.resolve("Maildir/cur"));
        Files.createDirectories(dir.resolve("Maildir/new"));
        assertThat(ImportFiles.detect(dir.resolve("Maildir"))).isEqualTo("maildir");
        file("Inbox.mbox/mbox", "From a@b Mon Dec  1 10:00:00 2026\n");
        assertThat(ImportFiles.detect(dir.resolve("Inbox.mbox"))).isEqualTo("mbox");
        file("Local Folders/Archives.sbd/2026", "");
        assertThat(ImportFiles.detect(dir.resolve("Local Folders"))).isEqualTo("mbox");
        file("Basic_LinkedInDataExport/Connections.csv", "First Name,Last Name,URL\n");
        assertThat(ImportFiles.detect(dir.resolve("Basic_LinkedInDataExport"))).isEqualTo("linkedin");
        file("Calendar/ana@gmail.com.ics", "BEGIN:VCALENDAR\r\n");
        assertThat(ImportFiles.detect(dir.resolve("Calendar"))).as("Google Calendar's export, unpacked").isEqualTo("ics");
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> ImportFiles.detect(dir.resolve("empty"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("name the format");
    }

    @Test
    void aSavedMessageIsMailByItsNameOrItsHeaderFields() throws IOException {
        String message = "Return-Path: <bea@client.example>\r\nReceived: from mx by mail; Mon, 30 Nov 2026\r\n"
                + "From: Bea <bea@client.example>\r\nSubject: slides\r\n\r\nhi\r\n";
        assertThat(ImportFiles.detect(file("Board slides.eml", "From: a@b.c\n\nhi\n"))).isEqualTo("mbox");
        assertThat(ImportFiles.detect(file("12.emlx", "40\nFrom: a@b.c\n\nhi\n"))).isEqualTo("mbox");
        assertThat(ImportFiles.detect(file("1", message))).isEqualTo("mbox");
        assertThat(ImportFiles.detect(file("message.txt", "\uFEFF" + message))).isEqualTo("mbox");
        // fields of the same shape, but none only mail has
        assertThat(ImportFiles.detect(file("card", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea\r\nEND:VCARD\r\n")))
                .isEqualTo("vcard");
    }

    @Test
    void foldersOfSavedMessagesOrThunderbirdsMboxFilesAreMailAlsoAFewFoldersDown() throws IOException {
        file("eml/Inbox/1.eml", "From: a@b.c\n\nhi\n");
        assertThat(ImportFiles.detect(dir.resolve("eml"))).isEqualTo("mbox");
        file("Local Folders/Inbox", "From - Mon Nov 30 10:00:00 2026\nFrom: a@b.c\n\nhi\n");
        file("Local Folders/Inbox.msf", "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
        assertThat(ImportFiles.detect(dir.resolve("Local Folders"))).isEqualTo("mbox");
        file("profile/prefs.js", "user_pref(\"x\", 1);\n");
        file("profile/Mail/Local Folders/Sent.msf", "");
        assertThat(ImportFiles.detect(dir.resolve("profile"))).isEqualTo("mbox");
        file("readpst/Inbox", "From \"Bea Ortiz\" Mon Nov 16 09:00:00 2026\nFrom: a@b.c\n\nhi\n");
        assertThat(ImportFiles.detect(dir.resolve("readpst"))).isEqualTo("mbox");
        file("mh/1", "From: a@b.c\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n\nhi\n");
        assertThat(ImportFiles.detect(dir.resolve("mh"))).isEqualTo("mbox");
        file("photos/2026/a", "not mail");
        assertThatThrownBy(() -> ImportFiles.detect(dir.resolve("photos"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("name the format");
    }

    @Test
    void outlooksOwnFilesAreRefusedSayingHowToExportThem() throws IOException {
        assertThatThrownBy(() -> ImportFiles.detect(file("Quarterly.msg", "\u00d0\u00cf\u0011\u00e0")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Outlook msg file")
                .hasMessageContaining("save the message as .eml");
        assertThatThrownBy(() -> ImportFiles.detect(file("backup.PST", "!BDN")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("readpst -o FOLDER backup.PST");
    }

    @Test
    void anythingElseAsksForTheFormat() throws IOException {
        assertThatThrownBy(() -> ImportFiles.detect(file("notes.txt", "just some notes\n")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is not a file Kith can import");
        assertThatThrownBy(() -> ImportFiles.detect(dir.resolve("missing.csv")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no such file");
    }
}
