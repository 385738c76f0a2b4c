package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.core.Zips;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole LinkedIn export says who its owner is (Profile.csv, Positions.csv, Email Addresses.csv, Skills.csv,
 * as LinkedIn writes them: a byte-order mark, quoted multi-line fields, past jobs with an end, unconfirmed
 * addresses): {@code kith import linkedin} sets "me", fills only blanks, declares my addresses, and the first
 * day's reconnections then name what each connection shares with me.
 */
class CliLinkedInSelfTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PROFILE = "\uFEFFFirst Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
            + "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
            + "Maya,Lindqvist,,,\"Jun 3, 1988\",Product Manager at Globex,\"I build products.\nSecond line, with a"
            + " comma.\",Software Development,,\"Stockholm, Sweden\",,,\n";
    static final String POSITIONS = "Company Name,Title,Description,Location,Started On,Finished On\n"
            + "Initech,Product Manager,,Oslo,Jan 2018,Feb 2022\n"
            + "Globex,Senior Product Manager,\"Leads the platform team, hiring\",Stockholm,Mar 2022,\n";
    static final String ADDRESSES = "Email Address,Confirmed,Primary,Updated On\n"
            + "maya@globex.example,Yes,Yes,\"1/5/21, 3:54 PM\"\nnever@confirmed.example,No,No,\n"
            + "not-an-address,Yes,No,\nmaya.l@home.example,Yes,No,\n";
    static final String SKILLS = "Name\nProduct Management\nUser Research\nproduct management\n";
    static final String CONNECTIONS = "Notes:\n\"Generated for a test\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Hiro,Berg,https://www.linkedin.com/in/hiro-berg,,Globex,Product Manager,13 Dec 2015\n"
            + "Ines,Martin,https://www.linkedin.com/in/ines-martin,,Stark Industries,Nurse,27 Sep 2016\n";

    @TempDir
    Path dir;

    private Path zip(String name, String... namesAndContents) throws IOException {
        return Zips.write(dir.resolve(name), namesAndContents);
    }

    private Path export() throws IOException {
        // LinkedIn's order puts Connections.csv before Profile.csv: who "me" is must still come first
        return zip("Basic_LinkedInDataExport_12-07-2026.zip", "Connections.csv", CONNECTIONS, "Email Addresses.csv",
                ADDRESSES, "Positions.csv", POSITIONS, "Profile.csv", PROFILE, "Skills.csv", SKILLS);
    }

    @BothDatabases
    void theExportSetsMeFillsItsBlanksAndDeclaresMyAddresses(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-12-07");
        var run = cli.run("import", "linkedin", export().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("You: Maya Lindqvist (#", "added and set as you",
                "filled in: organization, title, location, 2 interests (skills), industry of Globex",
                "your addresses: maya@globex.example, maya.l@home.example", "Connections: 2 created")
                .contains("warning: ").contains("'not-an-address' is not an email address");

        JsonNode me = JSON.readTree(cli.run("me", "--json").out());
        assertThat(me.get("name").asText()).isEqualTo("Maya Lindqvist");
        assertThat(me.get("location").asText()).isEqualTo("Stockholm, Sweden");
        assertThat(me.get("jobs").get(0).get("organization").asText()).as("the current job, not the past one")
                .isEqualTo("Globex");
        assertThat(me.get("jobs").get(0).get("title").asText()).isEqualTo("Senior Product Manager");
        assertThat(me.get("interests")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("Product Management", "User Research");
        assertThat(me.get("addresses")).extracting(JsonNode::asText).as("confirmed addresses only")
                .containsExactlyInAnyOrder("maya@globex.example", "maya.l@home.example");

        List<String> reasons = new ArrayList<>();
        JSON.readTree(cli.run("today", "--json", "--size", "5").out()).get("actions").forEach(a -> {
            if (a.get("kind").asText().equals("reconnect")) {
                reasons.add(a.get("reason").asText());
            }
        });
        assertThat(reasons).as("reconnections say what the person shares with me")
                .anyMatch(r -> r.contains("Hiro Berg") && r.contains("Globex"));

        var again = cli.run("import", "linkedin", export().toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).as("me is known now; nothing blank is left to fill").contains("You: Maya Lindqvist (#")
                .doesNotContain("set as you").doesNotContain("filled in");
    }

    @BothDatabases
    void whatTheUserWroteIsKeptAndABrokenProfileChangesNothing(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-12-07");
        assertThat(cli.run("me", "Maya L.").exitCode()).isZero();
        assertThat(cli.run("contacts", "edit", "Maya L.", "--location", "Uppsala").exitCode()).isZero();
        var run = cli.run("import", "linkedin", zip("self.zip", "Profile.csv", PROFILE, "Positions.csv", POSITIONS)
                .toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode me = JSON.readTree(cli.run("me", "--json").out());
        assertThat(me.get("name").asText()).as("me was set: the profile's name does not replace it").isEqualTo("Maya L.");
        assertThat(me.get("location").asText()).as("a value the user wrote is kept").isEqualTo("Uppsala");
        assertThat(me.get("jobs").get(0).get("organization").asText()).as("a blank is filled").isEqualTo("Globex");

        String before = cli.run("export", "json").out();
        var refused = cli.run("import", "linkedin", zip("broken.zip", "Connections.csv", CONNECTIONS, "Profile.csv",
                PROFILE.replace("\"Stockholm, Sweden\"", "\"Stockholm, Sweden")).toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("broken.zip!Profile.csv").containsPattern(":\\d+|line \\d+");
        assertThat(cli.run("export", "json").out()).as("all or nothing").isEqualTo(before);
    }

    @Test
    void aBookWithoutMeAndAProfileWithoutANameGetsNoMe() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Cli cli = new Cli(db, "2026-12-07");
            var run = cli.run("import", "linkedin", zip("x.zip", "Connections.csv", CONNECTIONS, "Skills.csv", SKILLS)
                    .toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).doesNotContain("You:").contains("Connections: 2 created");
            assertThat(cli.run("me").err()).contains("'me' is not set yet");
        }
    }
}
