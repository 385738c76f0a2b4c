package dev.kith.io.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.io.Fixtures;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sending fails in each way an SMTP server can refuse — a wrong password, no STARTTLS where it is
 * required, no answer, a rejected recipient — with the server's reason, and records nothing.
 */
class MailFailuresTest {
    /** GreenMail with authentication on: only "me" with the password "right" may send. */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("me@example.org", "me", "right"))
            .withPerMethodLifecycle(true);

    private static void refusedAndNothingRecorded(TestDatabase db, MailConfig config, String... reason) {
        Kith book = Fixtures.book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.example").build());
        var before = Tables.counts(db.database());
        AtomicBoolean recorded = new AtomicBoolean();
        assertThatThrownBy(() -> new NoteSender(config, book.interactions(), book.clock())
                .send(ana, new Note("Lunch?", "Next week?"), () -> recorded.getAndSet(true)))
                .isInstanceOf(NotSentException.class)
                .hasMessageStartingWith("could not send the email to ana@acme.example through 127.0.0.1:" + config.port())
                .hasMessageContainingAll(reason);
        assertThat(recorded).isFalse();
        assertThat(Tables.counts(db.database())).isEqualTo(before);
    }

    @BothDatabases
    void aWrongPasswordIsRefused(TestDatabase db) {
        MailConfig wrong = new MailConfig("127.0.0.1", SMTP.getSmtp().getPort(), "me", "wrong", false, "me@example.org");
        refusedAndNothingRecorded(db, wrong, "535");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void theRightPasswordSends() {
        new Mailer(new MailConfig("127.0.0.1", SMTP.getSmtp().getPort(), "me", "right", false, "me@example.org"))
                .send("Ana Lima", "ana@acme.example", "Lunch?", "Next week?");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @BothDatabases
    void starttlsRequiredButNotOfferedSendsNothingInTheClear(TestDatabase db) {
        MailConfig tls = new MailConfig("127.0.0.1", SMTP.getSmtp().getPort(), "me", "right", true, "me@example.org");
        refusedAndNothingRecorded(db, tls, "STARTTLS");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @BothDatabases
    void aRejectedRecipientIsRefusedWithTheServersReason(TestDatabase db) throws Exception {
        try (ScriptedSmtp server = ScriptedSmtp.rejectingRecipients("550 5.1.1 <ana@acme.example>: no such user")) {
            refusedAndNothingRecorded(db, server.config(), "550", "no such user");
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ScriptedSmtp server = ScriptedSmtp.silent()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new Mailer(server.config(), Duration.ofMillis(500))
                    .send("Ana Lima", "ana@acme.example", "Lunch?", "Next week?"))
                    .isInstanceOf(NotSentException.class)
                    .hasMessageContaining("timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    /** A one-connection-at-a-time SMTP server on a free local port that answers from a script. */
    private static final class ScriptedSmtp implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        private ScriptedSmtp(String rcptAnswer) throws IOException {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            thread = Thread.ofVirtual().start(() -> serve(rcptAnswer));
        }

        /** Greets, then answers every RCPT TO with {@code answer}. */
        static ScriptedSmtp rejectingRecipients(String answer) throws IOException {
            return new ScriptedSmtp(answer);
        }

        /** Accepts connections and never says a word. */
        static ScriptedSmtp silent() throws IOException {
            return new ScriptedSmtp(null);
        }

        MailConfig config() {
            return new MailConfig("127.0.0.1", socket.getLocalPort(), null, null, false, "me@example.org");
        }

        private void serve(String rcptAnswer) {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    if (rcptAnswer == null) {
                        client.getInputStream().read(); // until the client gives up
                        continue;
                    }
                    converse(client, rcptAnswer);
                } catch (IOException e) {
                    if (!socket.isClosed()) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }

        private static void converse(Socket client, String rcptAnswer) throws IOException {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
            out.print("220 scripted.example ESMTP\r\n");
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                String answer = switch (verb) {
                    case "EHLO" -> "250-scripted.example\r\n250 8BITMIME";
                    case "HELO", "MAIL", "RSET", "NOOP" -> "250 OK";
                    case "RCPT" -> rcptAnswer;
                    case "QUIT" -> "221 bye";
                    default -> "502 not scripted";
                };
                out.print(answer + "\r\n");
                out.flush();
                if (verb.equals("QUIT")) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            thread.interrupt();
        }
    }
}
