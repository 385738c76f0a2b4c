package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.Prerequisite;
import dev.kith.phonebook.AddressBookServer;
import dev.kith.store.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code kith sync add carddav ... --password-stdin}, {@code sync list}, {@code sync} and {@code sync remove}
 * end to end against a real Radicale address book.
 */
@Isolated // sets the JVM-wide kith.config.home and System.in: no other test class runs meanwhile
class CliPhonebookTest {
    @TempDir
    Path config;

    @TempDir
    Path radicaleDir;

    private InputStream stdin;

    @BeforeEach
    void useTemporaryConfigFolder() {
        System.setProperty("kith.config.home", config.toString());
        stdin = System.in;
    }

    @AfterEach
    void restore() {
        System.clearProperty("kith.config.home");
        System.setIn(stdin);
    }

    @Test
    void anAddressBookIsAddedListedSyncedBothWaysAndRemoved() throws Exception {
        var radicale = AddressBookServer.executable();
        Prerequisite.require(radicale.isPresent(), "CliPhonebookTest (kith sync with a CardDAV address book)",
                "radicale is not installed (apt-get install radicale)");
        try (AddressBookServer server = AddressBookServer.start(radicale.get(), radicaleDir, 0);
             TestDatabase db = TestDatabase.sqlite()) {
            server.put("ana.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ana\r\nFN:Ana Lima\r\nN:Lima;Ana;;;\r\n"
                    + "EMAIL:ana@acme.example\r\nORG:Acme\r\nEND:VCARD\r\n");
            Cli cli = new Cli(db, "2026-11-24");
            cli.run("contacts", "add", "Bea Ortiz", "--email", "bea@client.example", "--tag", "ala");
            cli.run("contacts", "add", "Cy Private", "--email", "cy@private.example");

            System.setIn(new ByteArrayInputStream((AddressBookServer.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            Cli.Result added = cli.run("sync", "add", "carddav", "--url", server.base().toString(), "--user",
                    AddressBookServer.USER, "--password-stdin", "--push", "tag:ala", "--propagate-archive");
            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.out()).contains("Added source 1: carddav");
            assertThat(Files.readString(config.resolve("sources.properties"))).contains("push=tag\\:ala");
            Cli.Result list = cli.run("sync", "list");
            assertThat(list.out()).contains("carddav", "sends tag:ala; archive deletes").doesNotContain("correct horse");

            Cli.Result sync = cli.run("sync");
            assertThat(sync.exitCode()).as(sync.err()).isZero();
            assertThat(sync.out()).contains("1 new person", "1 card sent");
            assertThat(cli.run("contacts", "show", "Ana Lima").out()).contains("ana@acme.example", "Acme");
            assertThat(server.names()).hasSize(2);
            String all = server.get("ana.vcf") + String.join("", server.names().stream().map(n -> {
                try {
                    return server.get(n);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList());
            assertThat(all).contains("bea@client.example").doesNotContain("cy@private.example");

            assertThat(cli.run("sync", "--json").out()).contains("carddav", "\"cardsCreated\"").doesNotContain("correct horse");
            assertThat(cli.run("sync", "remove", "1").out()).contains("Removed source 1");
            assertThat(cli.run("sync", "list").out()).doesNotContain("carddav");
        }
    }
}
