package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;

/** {@code kith me --email}, {@code kith import mbox|maildir}, {@code kith replies} and {@code kith inbox} end to end. */
class CliCaptureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(CliCaptureTest.class.getResource("/capture/" + name).toURI()).toString();
    }

    @TempDir
    Path dir;

    /** Google Calendar's export is a ZIP with one .ics per calendar; unpacked, a folder of them. */
    @BothDatabases
    void googleCalendarsExportIsCapturedWithoutNamingTheFormatZippedOrUnpacked(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("me", "Ana Lima", "--email", "ana.lima@work.example");
        cli.run("contacts", "add", "Bea Ortiz", "--email", "bea@client.example");
        byte[] meetings = Files.readAllBytes(Path.of(fixture("calendar/kith-meetings.ics")));
        Path zip = dir.resolve("ana.lima@work.example.ical.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("ana.lima@work.example.ics"));
            out.write(meetings);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("Holidays_en.usa#holiday@group.v.calendar.google.com.ics"));
            out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        var zipped = cli.run("import", zip.toString());
        assertThat(zipped.exitCode()).as(zipped.err()).isZero();
        assertThat(zipped.out()).startsWith("Reading ana.lima@work.example.ical.zip as ics.");
        assertThat(cli.run("contacts", "show", "Bea Ortiz").out()).contains("Archive migration planning");

        Path unpacked = Files.createDirectories(dir.resolve("Calendar"));
        Files.write(unpacked.resolve("ana.lima@work.example.ics"), meetings);
        var folder = cli.run("import", unpacked.toString(), "--json");
        assertThat(folder.exitCode()).as(folder.err()).isZero();
        JsonNode again = JSON.readTree(folder.out().substring(folder.out().indexOf('{')));
        assertThat(again.get("interactions").asInt()).as("the same meetings, captured once").isZero();
    }

    @BothDatabases
    void mailIsRefusedUntilMyAddressesAreDeclaredThenCapturedOnceWithOwedRepliesAndNewPeople(TestDatabase db)
            throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        String mbox = fixture("gmail-takeout.mbox");
        var refused = cli.run("import", "mbox", mbox);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("kith me --email");

        var me = cli.run("me", "Ana Lima", "--email", "ana.lima@work.example", "--email", "Ana@Home.example", "--json");
        assertThat(me.exitCode()).as(me.err()).isZero();
        JsonNode meJson = JSON.readTree(me.out());
        assertThat(meJson.get("name").asText()).isEqualTo("Ana Lima");
        assertThat(meJson.get("addresses")).hasSize(2);
        assertThat(cli.run("me").out()).contains("Your addresses: ana.lima@work.example, Ana@Home.example");
        cli.run("contacts", "add", "Bea Ortiz", "--email", "BEA@client.example");

        JsonNode dry = JSON.readTree(cli.run("import", "mbox", mbox, "--dry-run", "--json").out());
        JsonNode first = JSON.readTree(cli.run("import", "mbox", mbox, "--json").out());
        assertThat(first).isEqualTo(dry);
        assertThat(first.get("interactions").asInt()).isPositive();
        assertThat(first.get("skipped").get("duplicates").asInt()).isPositive();
        JsonNode again = JSON.readTree(cli.run("import", "mbox", mbox, "--json").out());
        assertThat(again.get("interactions").asInt()).isZero();
        assertThat(again.get("messages").asInt()).isEqualTo(first.get("messages").asInt());

        JsonNode replies = JSON.readTree(cli.run("replies", "--json").out());
        assertThat(replies).isNotEmpty();
        assertThat(replies.get(0).get("person").has("emails")).isTrue();
        assertThat(replies.get(0).has("since")).isTrue();
        assertThat(replies.get(0).get("source").asText()).isEqualTo("mbox");

        JsonNode inbox = JSON.readTree(cli.run("inbox", "--json").out());
        assertThat(inbox).isNotEmpty();
        String email = inbox.get(0).get("email").asText();
        var added = cli.run("inbox", "add", "1", "--circle", "network");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Added ");
        assertThat(cli.run("contacts", "list", "--json").out()).contains(email);
        JsonNode after = JSON.readTree(cli.run("inbox", "--json").out());
        assertThat(after.findValuesAsText("email")).doesNotContain(email);
        if (!after.isEmpty()) {
            String other = after.get(0).get("email").asText();
            assertThat(cli.run("inbox", "ignore", other).exitCode()).isZero();
            assertThat(JSON.readTree(cli.run("inbox", "--json").out()).findValuesAsText("email")).doesNotContain(other);
        }
    }

    @BothDatabases
    void repliesListsTheLastThirtyDaysAndSaysHowManyOlderOnesAllLists(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Bea Ortiz");
        cli.run("contacts", "add", "Carl Berg");
        assertThat(cli.run("log", "Carl Berg", "email", "--date", "2026-10-24", "--awaiting-reply", "--note", "old thread")
                .exitCode()).isZero();
        assertThat(cli.run("replies").out()).isEqualTo("You owe no reply from the last 30 days; 1 older reply owed"
                + " for more than 30 days: kith replies --all lists it." + System.lineSeparator());
        assertThat(cli.run("log", "Bea Ortiz", "call", "--date", "2026-10-25", "--awaiting-reply", "--note", "panel")
                .exitCode()).isZero();

        var recent = cli.run("replies");

        assertThat(recent.out()).contains("panel").doesNotContain("old thread").contains("1 reply owed from the last"
                + " 30 days; 1 older reply owed for more than 30 days: kith replies --all lists it");
        assertThat(JSON.readTree(cli.run("replies", "--json").out()).findValuesAsText("subject")).containsExactly("panel");
        assertThat(cli.run("replies", "--all").out()).contains("panel", "old thread", "2 replies owed");
        assertThat(JSON.readTree(cli.run("replies", "--all", "--json").out()).findValuesAsText("subject"))
                .containsExactly("old thread", "panel");
        assertThat(cli.run("today", "--size", "10").out()).contains("Bea Ortiz").doesNotContain("Carl Berg");
    }

    @BothDatabases
    void aFileThatIsNotAnMboxIsRefusedWithItsLineAndTheBookStaysAsItWas(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("me", "Ana Lima", "--email", "ana.lima@work.example");
        String before = cli.run("export", "json").out();
        var bad = cli.run("import", "mbox", fixture("not-an-mbox.csv"));
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("not-an-mbox.csv:").contains("not an mbox file");
        assertThat(cli.run("export", "json").out()).isEqualTo(before);
        var maildir = cli.run("import", "maildir", fixture("maildir"), "--json");
        assertThat(maildir.exitCode()).as(maildir.err()).isZero();
        assertThat(JSON.readTree(maildir.out()).get("messages").asInt()).isPositive();
        assertThat(cli.run("import", "bogus", fixture("maildir")).exitCode()).isEqualTo(2);
    }
}
