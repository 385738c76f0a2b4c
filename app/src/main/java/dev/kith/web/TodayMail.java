package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.ValidationException;
import dev.kith.io.mail.MailConfig;
import dev.kith.io.mail.Note;
import dev.kith.io.mail.NoteSender;
import dev.kith.io.mail.NotSentException;
import dev.kith.settings.Settings;
import dev.kith.today.Action;
import dev.kith.today.Today;
import java.util.Map;

/**
 * Sends the (possibly edited) draft of a Today action by email through the user's SMTP server
 * ({@link NoteSender}), then marks the action done with the note, which logs what the action means. A
 * failed send marks and logs nothing. Only an action for one person with an email address can be sent.
 */
final class TodayMail {
    /** A subject per action kind; other kinds get {@link #DEFAULT_SUBJECT}. */
    private static final Map<String, String> SUBJECTS = Map.ofEntries(
            Map.entry("reply", "Re: your message"),
            Map.entry("follow-up", "Following up"),
            Map.entry("thank-you", "Thank you"),
            Map.entry("congratulate", "Congratulations!"),
            Map.entry("keep-in-touch", "Catching up"),
            Map.entry("rekindle", "It's been a while"),
            Map.entry("lunch", "Lunch or coffee next week?"),
            Map.entry("ask-intro", "Could you introduce me?"),
            Map.entry("share-article", "Thought of you"),
            Map.entry("introduce", "An introduction"),
            Map.entry("welcome", "Welcome!"),
            Map.entry("event-catch-up", "See you at the event?"));
    static final String DEFAULT_SUBJECT = "Hello";

    private final Kith book;
    private final Today today;
    private final Settings settings;

    TodayMail(Kith book, Today today, Settings settings) {
        this.book = book;
        this.today = today;
        this.settings = settings;
    }

    static String subject(Action action) {
        return SUBJECTS.getOrDefault(action.kind(), DEFAULT_SUBJECT);
    }

    /**
     * The address each of {@code actions} can be sent to, by action id: none when mail is not set up
     * (the mail file is read once), else those for one person with an email address.
     */
    Map<String, String> addresses(java.util.List<Action> actions) {
        Map<String, String> to = new java.util.HashMap<>();
        if (settings.mail().isEmpty()) {
            return to;
        }
        for (Action a : actions) {
            if (a.people().size() == 1) {
                book.contacts().find(a.people().getFirst().id()).flatMap(NoteSender::addressOf)
                        .ifPresent(address -> to.put(a.id(), address));
            }
        }
        return to;
    }

    /** Sends {@code body} as {@code subject} to the person of action {@code id}, then does the action. */
    Action send(String id, String subject, String body) {
        Note note = new Note(subject, body).stripped();
        if (note.body().isEmpty()) {
            throw new ValidationException("note", "the note to send must not be blank");
        }
        Action action = today.open(id);
        if (action.people().size() != 1) {
            throw new ValidationException("action", "only a note to one person can be sent; copy this one instead");
        }
        MailConfig mail = settings.mail().orElseThrow(() -> new HttpProblem(409, "smtp",
                "mail is not set up: fill in Outgoing mail in Settings first"));
        Contact to = book.contacts().get(action.people().getFirst().id());
        if (NoteSender.addressOf(to).isEmpty()) {
            throw new ValidationException("to", to.name() + " has no email address; add one on their page");
        }
        try {
            return new NoteSender(mail, book.interactions(), book.clock())
                    .send(to, note, () -> today.done(action.id(), note.body()));
        } catch (NotSentException e) {
            throw new HttpProblem(502, null, "not sent, and nothing was logged: " + e.getMessage());
        }
    }
}
