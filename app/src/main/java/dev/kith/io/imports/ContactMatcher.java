package dev.kith.io.imports;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.Contacts;
import java.util.Optional;

/**
 * The vCard import's matching rules for other sources of people: a draft is the contact sharing an
 * email, else the LinkedIn URL, else the same normalized name and organization (see
 * {@link ContactIndex#match}). Loads the book's contacts once. Not thread-safe; one run only.
 */
public final class ContactMatcher {
    private final ContactIndex index;

    private ContactMatcher(ContactIndex index) {
        this.index = index;
    }

    /** A matcher over every contact of {@code book}, archived ones included. */
    public static ContactMatcher load(Book book, Contacts contacts) {
        return new ContactMatcher(ContactIndex.load(book, contacts));
    }

    /** The id of the contact {@code d} describes; empty when nobody matches (then it is a new person). */
    public Optional<Long> match(ContactDraft d) {
        Person p = index.match(d, Keys.nameOrg(d.name(), d.organization()));
        return p == null || p.isNew() ? Optional.empty() : Optional.of(p.contact.id());
    }

    /** Registers contact {@code c} (new, or changed by the caller) so that later drafts can match it. */
    public void add(Contact c) {
        index.add(Person.existing(c));
    }
}
