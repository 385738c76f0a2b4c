package dev.kith.io.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.io.Fixtures;
import dev.kith.store.BothDatabases;
import dev.kith.store.Tables;
import dev.kith.store.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notes sent through a real SMTP server (GreenMail) and recorded only once it has accepted them. */
class NoteSenderTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    private static MailConfig server(int port) {
        return new MailConfig("127.0.0.1", port, null, null, false, "me@example.org");
    }

    private static NoteSender sender(Kith book, int port) {
        return new NoteSender(server(port), book.interactions(), book.clock());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @BothDatabases
    void aSentNoteIsLoggedAsAnEmailISentThemToday(TestDatabase db) throws Exception {
        Kith book = Fixtures.book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.example")
                .email("ana@home.example").build());

        Interaction logged = sender(book, SMTP.getSmtp().getPort()).send(ana, new Note("Lunch?", "Next week?"));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Lunch?");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("Ana Lima <ana@acme.example>");
        assertThat(((String) received[0].getContent()).strip()).isEqualTo("Next week?");
        assertThat(logged.kind()).isEqualTo(InteractionKind.EMAIL);
        assertThat(logged.initiator()).isEqualTo(Initiator.ME);
        assertThat(logged.date()).isEqualTo(Fixtures.TODAY);
        assertThat(logged.summary()).isEqualTo("Lunch?");
        assertThat(logged.people()).containsExactly(ana.id());
        assertThat(book.interactions().withContact(ana.id(), 5)).containsExactly(logged);
    }

    @BothDatabases
    void aFailedSendRecordsNothing(TestDatabase db) throws Exception {
        Kith book = Fixtures.book(db);
        Contact ana = book.contacts().add(ContactDraft.builder("Ana Lima").email("ana@acme.example").build());
        int closed = closedPort();
        var before = Tables.counts(db.database());
        AtomicBoolean recorded = new AtomicBoolean();

        assertThatThrownBy(() -> sender(book, closed).send(ana, new Note("Hi", "Hello"),
                () -> recorded.getAndSet(true)))
                .isInstanceOf(NotSentException.class)
                .hasMessageStartingWith("could not send the email to ana@acme.example through 127.0.0.1:" + closed);
        assertThatThrownBy(() -> sender(book, closed).send(ana, new Note("Hi", "Hello")))
                .isInstanceOf(NotSentException.class);
        assertThat(recorded).isFalse();
        assertThat(Tables.counts(db.database())).isEqualTo(before);
    }

    @BothDatabases
    void someoneWithoutAnEmailAddressGetsNothing(TestDatabase db) {
        Kith book = Fixtures.book(db);
        Contact bo = book.contacts().add(ContactDraft.builder("Bo Chen").build());
        AtomicBoolean recorded = new AtomicBoolean();

        assertThat(NoteSender.addressOf(bo)).isEmpty();
        assertThatThrownBy(() -> sender(book, SMTP.getSmtp().getPort()).send(bo, new Note("Hi", "Hello"),
                () -> recorded.getAndSet(true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.reason()).isEqualTo("Bo Chen has no email address");
                });
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(recorded).isFalse();
        assertThat(book.interactions().withContact(bo.id(), 5)).isEqualTo(List.of());
    }

    @Test
    void aNoteNeedsASubjectButMayHaveAnEmptyBody() {
        assertThatThrownBy(() -> new Note(" ", "Hello")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e).hasMessage("subject: must not be blank"));
        assertThatThrownBy(() -> new Note(null, "Hello")).isInstanceOf(ValidationException.class);
        assertThat(new Note("Hi", null).body()).isEmpty();
        assertThat(new Note("  Hi \n", "\n Hello Ada \n").stripped()).isEqualTo(new Note("Hi", "Hello Ada"));
    }
}
