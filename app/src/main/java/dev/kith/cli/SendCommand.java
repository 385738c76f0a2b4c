package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.KithException;
import dev.kith.interactions.Interaction;
import dev.kith.io.mail.MailSettings;
import dev.kith.io.mail.Note;
import dev.kith.io.mail.NoteSender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kith send NAME --subject S --body B}: emails a contact through the configured SMTP server,
 * then logs an outbound {@code email} interaction ({@link NoteSender}). A failed send logs nothing and
 * exits 1.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Email a note to a contact and log it as an interaction.")
final class SendCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Who: a name or an id.")
    String name;

    @Option(names = "--subject", required = true, paramLabel = "S", description = "Subject line.")
    String subject;

    @Option(names = "--body", required = true, paramLabel = "B", description = "Message text.")
    String body;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Note note = new Note(subject, body);
        Contact to = book.contacts().resolve(name);
        String address = NoteSender.addressOf(to).orElseThrow(() -> new KithException(to.name()
                + " has no email address; add one with: kith contacts edit \"" + to.name() + "\" --email ADDR"));
        Interaction logged = new NoteSender(MailSettings.fromEnvironment().load(), book.interactions(), book.clock())
                .send(to, note);
        if (session.json()) {
            session.printJson(logged);
        } else {
            session.out().println("Sent to " + to.name() + " <" + address + "> and logged (#" + logged.id() + ")");
        }
    }
}
