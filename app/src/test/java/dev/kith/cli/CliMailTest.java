package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** {@code kith mail setup} and {@code kith send} against a real SMTP server (GreenMail) on a free port. */
@Isolated // sets the JVM-wide kith.config.home and System.in: no other test class runs meanwhile
class CliMailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("me@example.org", "me", "s3cret"))
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

    private static Cli.Result setup(Cli cli, int port) {
        System.setIn(new ByteArrayInputStream("s3cret\n".getBytes(StandardCharsets.UTF_8)));
        return cli.run("mail", "setup", "--host", "127.0.0.1", "--port", Integer.toString(port), "--user", "me",
                "--password-stdin", "--no-starttls", "--from", "me@example.org");
    }

    private static Cli seeded(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima", "--email", "ana@acme.example");
        cli.run("contacts", "add", "Bo Chen");
        return cli;
    }

    @BothDatabases
    void sendDeliversTheNoteAndLogsAnOutboundEmail(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        Cli.Result s = setup(cli, SMTP.getSmtp().getPort());
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(s.out()).doesNotContain("s3cret");
        Path file = config.resolve("mail.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Cli.Result sent = cli.run("send", "Ana", "--subject", "Congrats on the new role, Ana — ¡felicidades!",
                "--body", "Saw the news.\nLunch next week?");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).startsWith("Sent to Ana Lima <ana@acme.example> and logged (#");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Congrats on the new role, Ana — ¡felicidades!");
        assertThat(received[0].getAllRecipients()[0].toString()).contains("ana@acme.example");
        assertThat(((String) received[0].getContent()).strip()).isEqualTo("Saw the news.\r\nLunch next week?");

        Cli.Result shown = cli.run("contacts", "show", "Ana", "--json");
        assertThat(shown.out()).contains("\"kind\" : \"email\"", "\"initiator\" : \"me\"",
                "Congrats on the new role, Ana — ¡felicidades!");
    }

    @BothDatabases
    void aFailedSendShowsTheErrorAndLogsNothing(TestDatabase db) throws Exception {
        Cli cli = seeded(db);
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        setup(cli, closed);
        Map<String, List<String>> before = cli.snapshot();
        Cli.Result r = cli.run("send", "Ana", "--subject", "Hello", "--body", "Hi");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("kith: could not send the email to ana@acme.example through 127.0.0.1:" + closed);
        assertThat(r.out()).isEmpty();
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @BothDatabases
    void sendingToSomeoneWithoutAnEmailSendsAndLogsNothing(TestDatabase db) {
        Cli cli = seeded(db);
        setup(cli, SMTP.getSmtp().getPort());
        Map<String, List<String>> before = cli.snapshot();
        Cli.Result r = cli.run("send", "Bo", "--subject", "Hello", "--body", "Hi");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Bo Chen has no email address");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @BothDatabases
    void sendingWithoutSetupSaysHow(TestDatabase db) {
        Cli.Result r = seeded(db).run("send", "Ana", "--subject", "Hello", "--body", "Hi");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("mail is not set up");
    }
}
