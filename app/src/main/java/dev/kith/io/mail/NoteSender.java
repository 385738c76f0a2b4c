package dev.kith.io.mail;

import dev.kith.contacts.Contact;
import dev.kith.core.KithClock;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a note to one contact through the user's SMTP server and only then records it: a send that
 * fails is a {@link NotSentException} and records nothing. Thread-safe.
 */
public final class NoteSender {
    private final Mailer mailer;
    private final Interactions interactions;
    private final KithClock clock;

    /** Sends through the SMTP server of {@code config}; logs into {@code interactions}, dated by {@code clock}. */
    public NoteSender(MailConfig config, Interactions interactions, KithClock clock) {
        this.mailer = new Mailer(config);
        this.interactions = interactions;
        this.clock = clock;
    }

    /** The address a note to {@code contact} goes to: their first email address; empty when they have none. */
    public static Optional<String> addressOf(Contact contact) {
        return contact.emails().stream().findFirst();
    }

    /**
     * Sends {@code note} to {@code to}, then logs it as an email I sent them today, with the subject as
     * its summary; answers the logged interaction.
     */
    public Interaction send(Contact to, Note note) {
        return send(to, note, () -> interactions.log(Interaction.draft(clock.today(), InteractionKind.EMAIL,
                Initiator.ME, null, note.subject(), Exchange.NEUTRAL, false, List.of(to.id()))));
    }

    /**
     * Sends {@code note} to {@code to}, then records it with {@code record} (for a Today action, marking
     * it done) and answers what that returns. Someone without an email address is a
     * {@link ValidationException} of the field {@code to}, and nothing is sent.
     */
    public <T> T send(Contact to, Note note, Supplier<T> record) {
        String address = addressOf(to).orElseThrow(() -> new ValidationException("to",
                to.name() + " has no email address"));
        mailer.send(to.name(), address, note.subject(), note.body());
        return record.get();
    }

    /**
     * Sends {@code note} as one message to all of {@code to} (an introduction to both people), then
     * records it with {@code record}. Anyone without an email address is a {@link ValidationException}
     * of the field {@code to}, and nothing is sent.
     */
    public <T> T send(List<Contact> to, Note note, Supplier<T> record) {
        List<Mailer.Recipient> recipients = new java.util.ArrayList<>();
        for (Contact c : to) {
            recipients.add(new Mailer.Recipient(c.name(), addressOf(c).orElseThrow(() -> new ValidationException("to",
                    c.name() + " has no email address"))));
        }
        mailer.send(recipients, note.subject(), note.body());
        return record.get();
    }
}
