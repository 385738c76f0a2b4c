package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first day worth opening after importing only a phone's address book (issue 18): no dates, no history.
 * The vCard file is what phones and mail programs write: an iPhone's 3.0 cards ({@code item1.} groups,
 * {@code X-AB} labels, folded lines), an Android 2.1 card in quoted-printable UTF-8 with {@code X-ANDROID-}
 * properties and the export's time as {@code REV}, a Thunderbird 4.0 card with an {@code ANNIVERSARY}, an
 * Outlook card. The user's own card says where they work and live. Today then proposes reconnecting with
 * the imported people who share something with the user, saying what is shared and nothing about when they
 * met (neither REV nor ANNIVERSARY is a date of meeting); a person added by hand is never proposed as a
 * reconnection, whatever they share. A Google Contacts CSV works the same way.
 */
class FirstDayAddressBookTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2026-12-07";

    /** The words a reconnection may not use without a first-met date: when we met, how long ago. */
    private static final List<String> DATE_WORDS = List.of(" ago", "known since", "touch since", "since we connected",
            "since we met", "connected in", "long time", "a while", "years", "2015", "2026", "June", "November",
            "December");

    private static final String CARDS = String.join("\r\n",
            // the user's own card, as an iPhone exports it
            "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.1//EN", "N:Reyes;Sofia;;;",
            "FN:Sofia Reyes", "ORG:Northwind Studio;", "TITLE:Product Designer",
            "item1.EMAIL;type=INTERNET;type=pref:sofia@northwind.example", "item1.X-ABLabel:_$!<Other>!$_",
            "item2.ADR;type=HOME;type=pref:;;Rua das Flores 12;Lisbon;;1200-195;Portugal", "item2.X-ABADR:pt",
            "REV:2026-12-06T21:04:11Z", "END:VCARD",
            // Android 2.1: quoted-printable UTF-8, the export's time as REV; same organization as me
            "BEGIN:VCARD", "VERSION:2.1",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:N=C3=BA=C3=B1ez;Jo=C3=A3o;;;",
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jo=C3=A3o N=C3=BA=C3=B1ez", "TEL;CELL:+351 912 345 678",
            "EMAIL;WORK:joao@northwind.example", "ORG:Northwind Studio", "TITLE:UX Researcher",
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Jo;1;;;;;;;;;;;;;",
            "NOTE;ENCODING=QUOTED-PRINTABLE:Met at the=0D=0A=", "design meetup", "REV:20261206T210411Z", "END:VCARD",
            // iPhone 3.0: item groups, a folded address, a social profile; same field as me
            "BEGIN:VCARD", "VERSION:3.0", "N:Park;Helena;;;", "FN:Helena Park", "ORG:Contoso Health;Design",
            "TITLE:Senior Product Designer", "item1.EMAIL;type=INTERNET;type=pref:helena.park@contoso.exam",
            " ple", "item1.X-ABLabel:work", "item2.ADR;type=WORK:;;Friedrichstraße 1;Berlin;;10117;Germany",
            "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/helena-park", "REV:2026-12-06T21:04:11Z",
            "END:VCARD",
            // Thunderbird 4.0, with a wedding anniversary (not a day we met); same city as me
            "BEGIN:VCARD", "VERSION:4.0", "FN:Inês Duarte", "N:Duarte;Inês;;;", "EMAIL;PREF=1:ines@fabrikam.example",
            "TEL;VALUE=TEXT;TYPE=cell:+351 913 000 111", "ADR;TYPE=home:;;;Lisbon;;;Portugal", "ORG:Fabrikam",
            "TITLE:Nurse", "ANNIVERSARY:20150612", "UID:6f1c2b8e-1b7e-4a63-9d0e-2f7c1a8b9e01", "END:VCARD",
            // Outlook 2.1: nothing shared with me
            "BEGIN:VCARD", "VERSION:2.1", "N;LANGUAGE=en-us:Diaz;Cy", "FN:Cy Diaz", "ORG:Globex;Sales",
            "TITLE:Account Manager", "TEL;WORK;VOICE:(555) 010-2000",
            "ADR;WORK;PREF:;;42 Elm Rd;Shelbyville;;;United States of America",
            "LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:42 Elm Rd=0D=0A=", "Shelbyville",
            "EMAIL;PREF;INTERNET:cy@globex.example", "REV:20261101T120000Z", "END:VCARD",
            // Android: a phone number only, and one elsewhere in another trade
            "BEGIN:VCARD", "VERSION:2.1", "N:Chen;Bo;;;", "FN:Bo Chen", "TEL;CELL:+351 914 222 333", "END:VCARD",
            "BEGIN:VCARD", "VERSION:2.1", "N:Okafor;Dee;;;", "FN:Dee Okafor", "ORG:Library B", "TITLE:Librarian",
            "ADR;HOME:;;;Lagos;;;Nigeria", "END:VCARD", "");

    @TempDir
    Path dir;

    private static List<JsonNode> actions(Cli cli, int size) throws Exception {
        var run = cli.run("today", "--json", "--size", String.valueOf(size));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(run.out()).get("actions").forEach(out::add);
        return out;
    }

    private static List<JsonNode> reconnections(List<JsonNode> actions) {
        return actions.stream().filter(a -> a.get("kind").asText().equals("reconnect")).toList();
    }

    private static String who(JsonNode action) {
        return action.get("people").get(0).get("name").asText();
    }

    private static long count(List<JsonNode> actions, String kind) {
        return actions.stream().filter(a -> a.get("kind").asText().equals(kind)).count();
    }

    @BothDatabases
    void anAddressBookAloneGetsReconnectionsWithWhoSharesSomethingAndNoInventedDates(TestDatabase db)
            throws Exception {
        Cli cli = new Cli(db, DAY);
        Path file = dir.resolve("Contacts.vcf");
        Files.writeString(file, CARDS, StandardCharsets.UTF_8);
        var imported = cli.run("import", "vcard", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(cli.run("me", "Sofia Reyes").exitCode()).isZero();
        var added = cli.run("contacts", "add", "Rui Costa", "--org", "Northwind Studio", "--title", "Product Designer",
                "--location", "Lisbon");
        assertThat(added.exitCode()).as(added.err()).isZero();

        List<JsonNode> plan = actions(cli, 10);
        List<JsonNode> reconnect = reconnections(plan);
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        reconnect.forEach(a -> byName.put(who(a), a));
        assertThat(byName.keySet()).as("the people who share my organization, field or city")
                .containsExactlyInAnyOrder("João Núñez", "Helena Park", "Inês Duarte");
        assertThat(who(reconnect.get(0))).as("the same organization ranks first").isEqualTo("João Núñez");

        JsonNode joao = byName.get("João Núñez");
        assertThat(joao.get("reason").asText()).isEqualTo("You and João Núñez both work at Northwind Studio;"
                + " João is in your address book, with nothing logged in Kith yet");
        assertThat(joao.get("draft").asText()).startsWith("Hi João, I noticed we're both at Northwind Studio now.");
        assertThat(byName.get("Helena Park").get("reason").asText()).contains("both work in product design");
        assertThat(byName.get("Inês Duarte").get("reason").asText()).contains("are both in Lisbon");
        assertThat(byName.get("Inês Duarte").get("draft").asText()).startsWith("Hi Inês, I hope you're well.")
                .contains("since we're both in Lisbon").contains("How are things going at Fabrikam?");
        for (JsonNode a : reconnect) {
            for (String words : DATE_WORDS) {
                assertThat(a.get("reason").asText() + " | " + a.get("draft").asText())
                        .as("no date is known: nothing about when we met").doesNotContain(words);
            }
        }

        assertThat(count(plan, "reconnect")).as("the mix: at most three of a kind in ten").isLessThanOrEqualTo(3);
        assertThat(count(actions(cli, 5), "reconnect")).as("at most two of a kind in five").isLessThanOrEqualTo(2);
        List<String> kinds = actions(cli, 3).stream().map(a -> a.get("kind").asText()).toList();
        assertThat(kinds).as("the default first day offers a reconnection and a first circle")
                .contains("reconnect", "choose-circle");
        JsonNode circle = plan.stream().filter(a -> a.get("kind").asText().equals("choose-circle")).findFirst()
                .orElseThrow();
        assertThat(circle.get("reason").asText()).as("no dates: nobody is 'known since' a year")
                .doesNotContain("known since").contains("João Núñez (also at Northwind Studio)");

        String text = cli.run("today", "--size", "10").out();
        assertThat(text).contains("João Núñez").doesNotContain("Nothing to do today");

        // a LinkedIn connection of the same organization, with a date: ranks above João, worded as before
        Path linkedin = dir.resolve("Connections.csv");
        Files.writeString(linkedin, "Notes:\n\"Generated for a test\"\n\nFirst Name,Last Name,URL,Email Address,"
                + "Company,Position,Connected On\nLena,Wolf,https://www.linkedin.com/in/lena-wolf,,Northwind Studio,"
                + "Art Director,14 Mar 2019\n", StandardCharsets.UTF_8);
        var more = cli.run("import", "linkedin", linkedin.toString());
        assertThat(more.exitCode()).as(more.err()).isZero();
        List<JsonNode> dated = reconnections(actions(cli, 10));
        assertThat(dated.stream().map(FirstDayAddressBookTest::who).toList()).as("dated first among equals")
                .startsWith("Lena Wolf", "João Núñez");
        assertThat(dated.get(0).get("reason").asText()).isEqualTo("You and Lena Wolf both work at Northwind Studio;"
                + " you connected in March 2019, 7 years ago, and haven't been in touch since");
        assertThat(dated.get(1).get("reason").asText()).doesNotContain("connected in", " ago");
    }

    @BothDatabases
    void aGoogleCsvImportIsAnAddressBookTooAndAHandAddedContactIsNeverAReconnection(TestDatabase db)
            throws Exception {
        Cli cli = new Cli(db, DAY);
        assertThat(cli.run("me", "Sofia Reyes").exitCode()).isZero();
        var edited = cli.run("contacts", "edit", "Sofia Reyes", "--org", "Northwind Studio", "--location", "Lisbon");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        for (String name : List.of("Rui Costa", "Eva Lund")) {
            var added = cli.run("contacts", "add", name, "--org", "Northwind Studio", "--location", "Lisbon");
            assertThat(added.exitCode()).as(added.err()).isZero();
        }
        assertThat(reconnections(actions(cli, 10))).as("typed in by hand: Kith cannot tell we ever met").isEmpty();

        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, "First Name,Middle Name,Last Name,Organization Name,Organization Title,"
                + "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - City,Labels,Notes\n"
                + "Marta,,Silva,Northwind Studio,Engineer,* Work,marta@northwind.example,,,Porto,* myContacts,\n"
                + "Tomas,,Berg,Globex,Sales Manager,,tomas@globex.example,Mobile,+46 70 123 45 67,Malmö,"
                + "* myContacts ::: Friends,\n"
                + "Ana,,Costa,,,,ana@mail.example,,,Lisbon,* starred,\n"
                + "Jun,,Sato,Initech,Analyst,,jun@initech.example,,,Osaka,,\n", StandardCharsets.UTF_8);
        var imported = cli.run("import", "google", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        List<String> names = reconnections(actions(cli, 10)).stream().map(FirstDayAddressBookTest::who).toList();
        assertThat(names).containsExactlyInAnyOrder("Marta Silva", "Ana Costa")
                .doesNotContain("Rui Costa", "Eva Lund", "Tomas Berg", "Jun Sato");

        // a backup keeps where each contact came from: the restored book proposes the same people
        Path backup = dir.resolve("backup.json");
        assertThat(cli.run("export", "json", "-o", backup.toString()).exitCode()).isZero();
        try (TestDatabase fresh = TestDatabase.sqlite()) {
            Cli restored = new Cli(fresh, DAY);
            var run = restored.run("import", "json", backup.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(reconnections(actions(restored, 10)).stream().map(FirstDayAddressBookTest::who).toList())
                    .containsExactlyInAnyOrderElementsOf(names);
            assertThat(restored.run("export", "json").out()).isEqualTo(Files.readString(backup));
        }
    }
}
