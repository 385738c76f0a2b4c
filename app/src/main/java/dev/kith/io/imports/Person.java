package dev.kith.io.imports;

import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.Employment;
import java.util.List;

/**
 * A person merging can match a row to: an existing contact of the book ({@code contact} set) or
 * one this import will create ({@code draft} set, {@code contact} null). Mutable; one import only.
 */
final class Person {
    Contact contact;
    ContactDraft draft;
    /** The file line of the record that created a person new to the book; 0 for an existing contact. */
    long line;
    /** {@link Keys#nameOrg} of the current name and organization; null when it must be recomputed. */
    String nameOrgKey;

    static Person existing(Contact c) {
        Person p = new Person();
        p.contact = c;
        return p;
    }

    static Person pending(ContactDraft d) {
        Person p = new Person();
        p.draft = d;
        return p;
    }

    String nameOrgKey() {
        if (nameOrgKey == null) {
            nameOrgKey = Keys.nameOrg(name(), organization());
        }
        return nameOrgKey;
    }

    boolean isNew() {
        return contact == null;
    }

    String name() {
        return isNew() ? draft.name() : contact.name();
    }

    List<String> emails() {
        return isNew() ? draft.emails() : contact.emails();
    }

    String linkedinUrl() {
        return isNew() ? draft.linkedinUrl() : contact.linkedinUrl();
    }

    String organization() {
        return isNew() ? draft.organization() : contact.currentJob().map(Employment::organization).orElse(null);
    }
}
