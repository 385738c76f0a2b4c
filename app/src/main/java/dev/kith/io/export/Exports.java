package dev.kith.io.export;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import java.util.List;

/** What the exports share: every contact of a book, archived ones included, in id order. */
final class Exports {
    private Exports() {
    }

    static List<Contact> allContacts(Book book) {
        List<Long> ids = book.database().read(h -> h.createQuery("SELECT id FROM contacts WHERE book_id = :book ORDER BY id")
                .bind("book", book.id()).mapTo(Long.class).list());
        return book.contacts().getAll(ids);
    }
}
