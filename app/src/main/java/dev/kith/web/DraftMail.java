package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.ValidationException;
import dev.kith.io.mail.MailConfig;
import dev.kith.io.mail.Note;
import dev.kith.io.mail.NoteSender;
import dev.kith.io.mail.NotSentException;
import dev.kith.settings.Settings;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sends a drafted note ({@link DraftNote}) through the user's SMTP server as one message to the people
 * it goes to, and only once the server took it records the step; a failed send records nothing. Also
 * says, for a page, whether a note can be sent from here at all (mail set up, everyone with an address).
 */
final class DraftMail {
    private final Kith book;
    private final Settings settings;

    DraftMail(Kith book, Settings settings) {
        this.book = book;
        this.settings = settings;
    }

    /** The addresses a note to {@code to} goes to, in words ("ana@x.org and ben@y.org"); null when it cannot be sent. */
    String sendTo(List<Contact> to) {
        if (settings.mail().isEmpty() || to.stream().anyMatch(c -> NoteSender.addressOf(c).isEmpty())) {
            return null;
        }
        return String.join(" and ", to.stream().map(c -> NoteSender.addressOf(c).orElseThrow()).toList());
    }

    /** Why a note to {@code to} cannot be sent although mail is set up; null when it can, or mail is not set up. */
    String noSend(List<Contact> to) {
        if (settings.mail().isEmpty()) {
            return null;
        }
        List<String> without = to.stream().filter(c -> NoteSender.addressOf(c).isEmpty()).map(Contact::name).toList();
        return without.isEmpty() ? null : String.join(" and ", without)
                + (without.size() == 1 ? " has" : " have") + " no email address here: copy the note instead, or add one on their page.";
    }

    /** Sends {@code body} as {@code subject} to everyone of {@code to} in one message, then runs {@code record}. */
    <T> T send(List<Contact> to, String subject, String body, Supplier<T> record) {
        String title = subject == null || subject.isBlank() ? TodayMail.DEFAULT_SUBJECT : subject;
        Note note = new Note(title, body).stripped();
        if (note.body().isEmpty()) {
            throw new ValidationException("note", "the note to send must not be blank");
        }
        MailConfig mail = settings.mail().orElseThrow(() -> new HttpProblem(409, "smtp",
                "mail is not set up: fill in Outgoing mail in Settings first"));
        for (Contact c : to) {
            if (NoteSender.addressOf(c).isEmpty()) {
                throw new ValidationException("to", c.name() + " has no email address; add one on their page");
            }
        }
        try {
            return new NoteSender(mail, book.interactions(), book.clock()).send(to, note, record);
        } catch (NotSentException e) {
            // the server's reason in words: without the Java class names of the exceptions that carried it
            throw new HttpProblem(502, null, "Not sent, and nothing was recorded: "
                    + e.getMessage().replaceAll("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):? ?", ""));
        }
    }
}
