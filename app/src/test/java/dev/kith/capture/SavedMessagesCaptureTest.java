package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.interactions.Interaction;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;

/** A folder of messages saved one per file, captured as an mbox would be: logged, owed, counted once. */
class SavedMessagesCaptureTest {
    @TempDir
    Path dir;

    @BothDatabases
    void aFolderOfEmlFilesIsCapturedAndAStrayFileIsOneUnreadableMessageNamedInAWarning(TestDatabase db)
            throws Exception {
        MailBook ana = new MailBook(db);
        Path folder = dir.resolve("saved mail");
        write(folder.resolve("Inbox/Board slides.eml"), """
                From: Bea Ortiz <bea@client.example>\r
                To: Ana Lima <ana.lima@work.example>\r
                Date: Fri, 20 Nov 2026 09:00:00 +0000\r
                Subject: Board slides\r
                Message-ID: <slides@client.example>\r
                \r
                Could you look at these before Monday?\r
                """);
        write(folder.resolve("Sent/Re Board slides.eml"), """
                From: Ana Lima <ana.lima@work.example>
                To: Bea Ortiz <bea@client.example>
                Date: Sat, 21 Nov 2026 10:00:00 +0000
                Subject: Re: Board slides
                Message-ID: <re-slides@work.example>
                In-Reply-To: <slides@client.example>
                References: <slides@client.example>

                Done.
                """);
        Path stray = write(folder.resolve("Inbox/readme.eml"), "Exported with MailTool 2.1\n");

        CaptureSummary summary = ana.capture.mail().importMbox(folder);

        assertThat(summary.messages()).isEqualTo(3);
        assertThat(summary.interactions()).isEqualTo(2);
        assertThat(summary.skipped().unreadable()).isEqualTo(1);
        assertThat(summary.warnings()).singleElement().asString().contains(stray.toString());
        assertThat(ana.with(ana.bea)).extracting(Interaction::summary, Interaction::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Board slides", LocalDate.of(2026, 11, 20)),
                org.assertj.core.groups.Tuple.tuple("Re: Board slides", LocalDate.of(2026, 11, 21)));
        assertThat(ana.capture.replies().owed()).isEmpty();
        assertThat(ana.capture.mail().importMbox(folder).skipped().duplicates()).isEqualTo(2);
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
