package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.core.Zips;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@code kith import linkedin} of messages.csv and of the whole export ZIP, each file found by its header. */
class CliLinkedInExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONNECTIONS = "Notes:\n\"When exporting your connection data, you may notice that some of the"
            + " email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Bea,Ortiz,https://www.linkedin.com/in/bea-ortiz,,Open Shelf,Editor,10 Nov 2025\n"
            + "Carl,Berg,https://www.linkedin.com/in/carl-berg,,Keystone IT,CIO,01 Oct 2024\n";
    private static final String INVITATIONS = "From,To,Sent At,Message,Direction\nAna Lima,Eve Park,\"11/1/26, 9:00 AM\",,OUTGOING\n";

    @TempDir
    Path dir;

    private static byte[] messages() throws IOException {
        try (InputStream in = CliLinkedInExportTest.class.getResourceAsStream("/capture/linkedin/messages.csv")) {
            return in.readAllBytes();
        }
    }

    private Path zip(String... namesAndContents) throws IOException {
        return Zips.write(dir.resolve("Basic_LinkedInDataExport_11-24-2026.zip"), namesAndContents);
    }

    @BothDatabases
    void theWholeExportImportsConnectionsThenTheirMessagesAllOrNothing(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        String messages = new String(messages(), StandardCharsets.UTF_8);
        Path export = zip("Connections.csv", CONNECTIONS, "messages.csv", messages, "Invitations.csv", INVITATIONS,
                "../evil.csv", CONNECTIONS);
        var run = cli.run("import", "linkedin", export.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.get("connections").get("created").asInt()).isEqualTo(2);
        assertThat(summary.get("messages").get("interactions").asInt()).isEqualTo(4);
        assertThat(summary.get("messages").get("awaitingReply").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(cli.run("replies", "--json").out()).get(0).get("person").get("name").asText())
                .isEqualTo("Carl Berg");

        var again = JSON.readTree(cli.run("import", "linkedin", export.toString(), "--json").out());
        assertThat(again.get("messages").get("interactions").asInt()).isZero();

        var messagesOnly = Files.write(dir.resolve("messages.csv"), messages());
        assertThat(JSON.readTree(cli.run("import", "linkedin", messagesOnly.toString(), "--json").out())
                .get("skipped").get("duplicates").asInt()).isEqualTo(4);
    }

    @org.junit.jupiter.api.Test
    void theUnpackedExportsFolderImportsLikeTheZipAllOrNothing() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Cli cli = new Cli(db, "2026-11-24");
            Path folder = Files.createDirectories(dir.resolve("Basic_LinkedInDataExport_11-24-2026"));
            Files.writeString(folder.resolve("Connections.csv"), CONNECTIONS.replace("01 Oct 2024", "31 Feb 2024"));
            Files.write(folder.resolve("messages.csv"), messages());
            Files.writeString(folder.resolve("Invitations.csv"), INVITATIONS);
            Files.createDirectories(folder.resolve("Jobs"));

            var run = cli.run("import", "linkedin", folder.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Connections: 2 created").contains("Messages: ")
                    .contains("warning: " + folder.resolve("Connections.csv") + ":6: Connected On: '31 Feb 2024'");
            assertThat(JSON.readTree(cli.run("replies", "--json").out()).get(0).get("person").get("name").asText())
                    .isEqualTo("Carl Berg");

            Path broken = Files.createDirectories(dir.resolve("broken"));
            Files.write(broken.resolve("messages.csv"), messages());
            Files.writeString(broken.resolve("Connections.csv"),
                    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\"Bea,Ortiz\n");
            String before = cli.run("export", "json").out();
            var refused = cli.run("import", "linkedin", broken.toString());
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("Connections.csv");
            assertThat(cli.run("export", "json").out()).isEqualTo(before);
        }
    }

    @BothDatabases
    void aZipWithABrokenConnectionsFileChangesNothing(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        String before = cli.run("export", "json").out();
        Path export = zip("messages.csv", new String(messages(), StandardCharsets.UTF_8), "Connections.csv",
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\"Bea,Ortiz\n");
        var run = cli.run("import", "linkedin", export.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Connections.csv");
        assertThat(cli.run("export", "json").out()).isEqualTo(before);
        Path empty = zip("Invitations.csv", INVITATIONS);
        assertThat(cli.run("import", "linkedin", empty.toString()).err()).contains("no Connections.csv, messages.csv or Profile.csv");
    }
}
