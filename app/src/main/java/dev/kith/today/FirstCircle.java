package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactPatch;
import dev.kith.contacts.Contacts;
import dev.kith.core.ValidationException;
import dev.kith.journal.Journal;
import dev.kith.journal.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A book's first keep-in-touch circle, chosen from Today's {@link ChooseCircleKind} suggestion (or any
 * other people): each chosen person goes to the close circle, whose cadence (every 30 days unless the
 * settings say otherwise) then starts keep-in-touch. One transaction, noted in the journal so that
 * {@code kith undo} reverts it. Thread-safe.
 */
public final class FirstCircle {
    /** The most people one choice takes. */
    public static final int MAX = 50;

    private final Book book;
    private final Contacts contacts;

    public FirstCircle(Book book, Contacts contacts) {
        this.book = book;
        this.contacts = contacts;
    }

    /**
     * Puts contacts {@code ids} in the close circle and returns them; an empty choice, more than {@value #MAX}
     * people, an unknown id or "me" is a validation error and changes nothing.
     */
    public List<Contact> choose(List<Long> ids) {
        List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
        if (wanted.isEmpty()) {
            throw new ValidationException("people", "choose at least one person for your close circle");
        }
        if (wanted.size() > MAX) {
            throw new ValidationException("people", "a close circle of more than " + MAX + " people is not close");
        }
        long me = book.me().orElse(-1L);
        return book.atomically(() -> {
            List<Contact> chosen = new ArrayList<>();
            for (long id : wanted) {
                if (id == me) {
                    throw new ValidationException("people", "you are always in your own circle; choose others");
                }
                chosen.add(contacts.get(id));
            }
            Journal.of(book).note("chose a close circle: " + String.join(", ", chosen.stream().map(Contact::name).toList()),
                    Scope.contacts(wanted));
            List<Contact> out = new ArrayList<>();
            for (Contact c : chosen) {
                out.add(contacts.edit(c.id(), ContactPatch.builder().circle(Circle.CLOSE).build()));
            }
            return out;
        });
    }
}
