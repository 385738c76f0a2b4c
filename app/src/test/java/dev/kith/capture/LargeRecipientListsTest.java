package dev.kith.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.crash.ChildKith;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capture holds a batch of messages at a time, not the mailbox: the product's CLI, run in a child JVM with
 * a 128 MB heap, captures an all-hands thread of {@value #MESSAGES} messages with {@value #RECIPIENTS}
 * recipients each (a big mailing list's thread, common in real mailboxes). Every message's recipient rows
 * were bound into one JDBC batch before any was written, which took more than that heap.
 */
class LargeRecipientListsTest {
    private static final int MESSAGES = 250;
    private static final int RECIPIENTS = 500;

    @TempDir
    Path dir;

    @Test
    void anAllHandsThreadWithFiveHundredRecipientsPerMessageIsCapturedInABoundedHeap() throws Exception {
        Path file = dir.resolve("all-hands.mbox");
        write(file);
        Path db = dir.resolve("kith.db");
        Path log = dir.resolve("kith.log");

        assertThat(ChildKith.run(log, Map.of(), "--db", db.toString(), "me", "Ana Lima", "--email", "ana@work.example"))
                .as(Files.readString(log)).isZero();
        int exit = ChildKith.run(log, Map.of("JAVA_TOOL_OPTIONS", "-Xmx128m"), "--db", db.toString(),
                "--today", "2026-11-24", "import", "mbox", file.toString());

        assertThat(exit).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains(MESSAGES + " messages");
        assertThat(ChildKith.count(db, "SELECT count(*) FROM mail_recipients")).isEqualTo(MESSAGES * RECIPIENTS);
    }

    /**
     * {@value #MESSAGES} messages of one thread, each from one of its people to me and half of them, the
     * other half in Cc, with display names and folded lines as Gmail writes them.
     */
    private static void write(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 0; n < MESSAGES; n++) {
                out.write("From 1790000000000000" + n + "@xxx Mon Nov 02 10:00:00 +0000 2026\n");
                out.write("From: \"Person " + n + "\" <person" + n + "@company.example>\n");
                out.write("To: \"Ana Lima\" <ana@work.example>");
                for (int r = 1; r < RECIPIENTS / 2; r++) {
                    out.write(",\n \"Person " + r + "\" <person" + r + "@company.example>");
                }
                out.write("\nCc: ");
                for (int r = RECIPIENTS / 2; r < RECIPIENTS; r++) {
                    out.write((r == RECIPIENTS / 2 ? "" : ",\n ") + "\"Person " + r + "\" <person" + r
                            + "@company.example>");
                }
                out.write("\nSubject: Re: All hands, Q4\n");
                out.write("Date: Mon, 2 Nov 2026 10:" + String.format("%02d", n % 60) + ":00 +0000\n");
                out.write("Message-ID: <all-hands-" + n + "@company.example>\n");
                out.write("References: <all-hands-0@company.example>\n\n");
                out.write("Thanks everyone.\n\n");
            }
        }
    }
}
