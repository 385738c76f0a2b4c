package dev.kith.today;

import dev.kith.book.Book;
import dev.kith.contacts.Contacts;
import dev.kith.interactions.Interactions;
import dev.kith.milestones.Milestones;
import java.util.Objects;

/**
 * The features Today's core snapshot reads through: the book's contacts, interactions and milestones.
 * Immutable and thread-safe as its parts are.
 */
public record Sources(Book book, Contacts contacts, Interactions interactions, Milestones milestones) {
    public Sources {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(milestones, "milestones");
    }
}
