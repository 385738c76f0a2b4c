package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kith.capture.calendar.IcsLimits;
import dev.kith.capture.calendar.IcsReader;
import dev.kith.capture.calendar.IcsResult;
import dev.kith.capture.mail.MailMessage;
import dev.kith.capture.mail.MessageSink;
import dev.kith.capture.mail.MessageSources;
import dev.kith.io.ImportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The mail and calendar importers on any bytes: an mbox file, one Maildir message and an iCalendar file
 * are read to the end (unreadable messages and events reported, not thrown) or refused whole with an
 * {@link ImportException}; nothing else escapes. A plain test run replays the seeds in
 * {@code src/test/resources/dev/kith/capture/CaptureFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes
 * (one method at a time: {@code -Dtest=CaptureFuzzTest#mbox}).
 */
class CaptureFuzzTest {
    private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2100-01-01T00:00:00Z");
    private static Path folder;

    private static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("kith-capture-fuzz");
                Files.createDirectories(folder.resolve("maildir/cur"));
                Files.createDirectories(folder.resolve("maildir/new"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    /** Counts what a source delivers and checks each message is whole. */
    private static final class Counting implements MessageSink {
        int messages;
        int unreadable;

        @Override
        public void message(MailMessage message) {
            assertThat(message).isNotNull();
            messages++;
        }

        @Override
        public void unreadable(String origin, String reason) {
            assertThat(reason).isNotBlank();
            unreadable++;
        }
    }

    @FuzzTest(maxDuration = "10m")
    void mbox(byte[] data) throws IOException {
        Path file = folder().resolve("fuzz.mbox");
        Files.write(file, data);
        try {
            MessageSources.mbox(file).read(new Counting());
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo(file.toString());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void maildir(byte[] data) throws IOException {
        Path maildir = folder().resolve("maildir");
        Files.write(maildir.resolve("cur/1763640000.M1P100.host:2,S"), data);
        Counting sink = new Counting();
        MessageSources.maildir(maildir).read(sink);
        assertThat(sink.messages + sink.unreadable).isEqualTo(1);
    }

    @FuzzTest(maxDuration = "10m")
    void ics(byte[] data) {
        try {
            IcsResult result = new IcsReader(ZoneId.of("Europe/Paris"), IcsLimits.DEFAULT).read("fuzz.ics", data, FROM, TO);
            assertThat(result).isNotNull();
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo("fuzz.ics");
        }
    }
}
