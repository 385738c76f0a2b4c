package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Import page upload kept while imported: in a folder only its owner may open, under its own name made safe,
 * deleted on close and never left behind by a failed write; importers' file names shown as the user knows them.
 */
class ImportUploadTest {
    @TempDir
    Path uploads;

    private long left() throws IOException {
        try (Stream<Path> all = Files.list(uploads)) {
            return all.count();
        }
    }

    @Test
    void theUploadIsKeptOwnerOnlyUnderItsOwnNameAndDeletedOnClose() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path kept;
        try (ImportUpload upload = ImportUpload.receive(uploads, "C:\\fakepath\\All mail Including Spam and Trash.mbox",
                to -> Files.writeString(to, "From someone Mon Nov 02 12:00:00 2026\n"))) {
            kept = upload.file();
            assertThat(upload.fileName()).isEqualTo("All mail Including Spam and Trash.mbox");
            assertThat(kept.getParent().getParent()).isEqualTo(uploads);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.getParent()))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
            assertThat(upload.kind()).isEqualTo("mbox");
            assertThat(upload.size()).isEqualTo(38);
        }
        assertThat(kept).doesNotExist();
        assertThat(left()).isZero();
    }

    @Test
    void aWriteThatFailsLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> ImportUpload.receive(uploads, "work.ics", to -> {
            Files.writeString(to, "BEGIN:VCALENDAR");
            throw new IOException("the client went away");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("the client went away");
        assertThat(left()).isZero();
    }

    @Test
    void anUploadFolderLeftByAServerThatStoppedMidImportIsDeletedByTheNextUpload() throws Exception {
        Path leftOver = Files.createDirectory(uploads.resolve("kith-import-123"));
        Files.writeString(leftOver.resolve("All mail.mbox"), "From a\n");
        Files.setLastModifiedTime(leftOver, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
        Path underWay = Files.createDirectory(uploads.resolve("kith-import-456"));
        Path other = Files.createDirectory(uploads.resolve("not-kith"));
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
        try (ImportUpload upload = ImportUpload.receive(uploads, "work.ics", to -> Files.writeString(to, "BEGIN:VCALENDAR"))) {
            assertThat(leftOver).doesNotExist();
            assertThat(underWay).exists();
            assertThat(other).exists();
        }
    }

    @Test
    void aNameIsCutToItsLastPartAndMadeSafe() {
        assertThat(ImportUpload.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ImportUpload.safeName("C:\\Users\\ana\\Posteingang.mbox")).isEqualTo("Posteingang.mbox");
        assertThat(ImportUpload.safeName("a<b>|c\u0000.ics")).isEqualTo("a_b__c_.ics");
        assertThat(ImportUpload.safeName("..")).isEqualTo("upload");
        assertThat(ImportUpload.safeName(null)).isEqualTo("upload");
        String longName = "x".repeat(300) + ".mbox";
        assertThat(ImportUpload.safeName(longName)).hasSize(ImportUpload.MAX_NAME).endsWith("x.mbox");
    }

    @Test
    void filesAnImporterNamesAreShownAsTheUserKnowsThem() {
        try (ImportUpload upload = ImportUpload.receive(uploads, "takeout-001.zip", to -> Files.writeString(to, "PK"))) {
            String kept = upload.file().toString();
            assertThat(upload.where(kept)).isEqualTo("takeout-001.zip");
            assertThat(upload.where(kept + "!/Takeout/Mail/Inbox.mbox")).isEqualTo("Takeout/Mail/Inbox.mbox in takeout-001.zip");
            assertThat(upload.shown(kept + "!/Takeout/Mail/Inbox.mbox:29: no From field"))
                    .isEqualTo("Takeout/Mail/Inbox.mbox:29: no From field");
            assertThat(upload.shown(kept + ":3: no From field")).isEqualTo("takeout-001.zip:3: no From field");
        }
    }

    @Test
    void limitsAreSaidInWords() {
        assertThat(ImportUpload.inWords(4L << 30)).isEqualTo("4 GB");
        assertThat(ImportUpload.inWords(64L << 20)).isEqualTo("64 MB");
        assertThat(ImportUpload.inWords(64L << 10)).isEqualTo("64 KB");
        assertThat(ImportUpload.inWords(1500)).isEqualTo("1500 bytes");
    }
}
