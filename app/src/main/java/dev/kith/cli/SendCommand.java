package dev.kith.cli;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.core.KithException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.io.mail.MailSettings;
import dev.kith.io.mail.Mailer;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kith send NAME --subject S --body B}: emails a contact through the configured SMTP server,
 * then logs an outbound {@code email} interaction. A failed send logs nothing and exits 1.
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
        Book book = session.book();
        if (subject.isBlank()) {
            throw new dev.kith.core.ValidationException("subject", "must not be blank");
        }
        Contact to = book.contacts().resolve(name);
        if (to.emails().isEmpty()) {
            throw new KithException(to.name() + " has no email address; add one with: kith contacts edit \""
                    + to.name() + "\" --email ADDR");
        }
        new Mailer(MailSettings.fromEnvironment().load()).send(to.name(), to.emails().getFirst(), subject, body);
        Interaction logged = book.interactions().log(Interaction.draft(book.clock().today(), InteractionKind.EMAIL,
                Initiator.ME, null, subject, Exchange.NEUTRAL, false, List.of(to.id())));
        if (session.json()) {
            session.printJson(logged);
        } else {
            session.out().println("Sent to " + to.name() + " <" + to.emails().getFirst() + "> and logged (#"
                    + logged.id() + ")");
        }
    }
}
