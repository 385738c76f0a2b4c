package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** {@code kith sync add imap|list|remove} and {@code kith sync} against a real IMAP server (GreenMail). */
@Isolated // sets the JVM-wide kith.config.home and System.in: no other test class runs meanwhile
class CliSyncTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withPerMethodLifecycle(true);

    @TempDir
    Path config;

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

    private static Cli.Result add(Cli cli, String password) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        return cli.run("sync", "add", "imap", "--host", "127.0.0.1", "--port", Integer.toString(MAIL.getImap().getPort()),
                "--security", "none", "--user", "ana", "--password-stdin");
    }

    @BothDatabases
    void syncCapturesNewMailAndAFailingSourceIsNamedWithExitCodeOne(TestDatabase db) throws Exception {
        GreenMailUser user = MAIL.setUser("ana.lima@work.example", "ana", "s3cret");
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("Bea Ortiz <bea@client.example>"));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, "ana.lima@work.example");
        m.setSubject("Spring workshop");
        m.setText("Would you co-host?");
        m.setSentDate(new Date());
        MAIL.getManagers().getImapHostManager().getInbox(user).appendMessage(m, new Flags(), new Date());

        Cli cli = new Cli(db, "2026-11-24");
        cli.run("me", "Ana Lima", "--email", "ana.lima@work.example");
        cli.run("contacts", "add", "Bea Ortiz", "--email", "bea@client.example");
        assertThat(add(cli, "s3cret").exitCode()).isZero();
        String file = Files.readString(config.resolve("sources.properties"));
        assertThat(file).contains("s3cret");
        var list = cli.run("sync", "list", "--json");
        assertThat(list.out()).contains("127.0.0.1").doesNotContain("s3cret");

        var sync = cli.run("sync", "--json");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        JsonNode first = JSON.readTree(sync.out()).get(0);
        assertThat(first.get("summary").get("interactions").asInt()).isEqualTo(1);
        assertThat(first.get("summary").get("awaitingReply").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(cli.run("sync", "--json").out()).get(0).get("summary").get("messages").asInt()).isZero();

        assertThat(add(cli, "wrong").exitCode()).isZero();
        var failed = cli.run("sync");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("FAILED").contains("refused the user name or password");
        String line = failed.out().lines().filter(l -> l.contains("FAILED")).findFirst().orElseThrow();
        String label = line.substring(0, line.indexOf(": FAILED: "));
        assertThat(line.indexOf(label, 1)).as("the source is named once: %s", line).isNegative();
        assertThat(failed.err()).doesNotContain("wrong").doesNotContain("s3cret");
        assertThat(cli.run("sync", "remove", "2").exitCode()).isZero();
        assertThat(cli.run("sync").exitCode()).isZero();
    }

    @org.junit.jupiter.api.Test
    void anUnencryptedAccountOffThisMachineIsAddedWithANote() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Cli cli = new Cli(db, "2026-11-24");
            System.setIn(new ByteArrayInputStream("pw-1\n".getBytes(StandardCharsets.UTF_8)));
            var far = cli.run("sync", "add", "imap", "--host", "mail.example.org", "--security", "none", "--user", "ana",
                    "--password-stdin");
            assertThat(far.exitCode()).isZero();
            assertThat(far.out()).contains("unencrypted").doesNotContain("pw-1");
            assertThat(add(cli, "pw-2").out()).as("127.0.0.1").doesNotContain("unencrypted");
        }
    }
}
