package dev.kith.io.imports;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.Contacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every contact of a book in memory, found by email, LinkedIn URL, or name and organization: loaded
 * once per import so that matching a row costs no query. Not thread-safe.
 */
final class ContactIndex {
    private final Map<String, Person> byEmail = new HashMap<>();
    private final Map<String, Person> byUrl = new HashMap<>();
    private final Map<String, List<Person>> byNameOrg = new HashMap<>();

    /** Loads every contact of {@code book} from {@code contacts}, archived ones included. */
    static ContactIndex load(Book book, Contacts contacts) {
        ContactIndex index = new ContactIndex();
        for (Contact c : contacts.all()) {
            index.add(Person.existing(c));
        }
        return index;
    }

    /** Registers {@code p} (again, after a merge gave it new emails, a URL or an organization). */
    void add(Person p) {
        for (String e : p.emails()) {
            byEmail.putIfAbsent(Keys.email(e), p);
        }
        String url = Keys.url(p.linkedinUrl());
        if (url != null) {
            byUrl.putIfAbsent(url, p);
        }
        List<Person> same = byNameOrg.computeIfAbsent(p.nameOrgKey(), k -> new ArrayList<>());
        if (!same.contains(p)) {
            same.add(p);
        }
    }

    /**
     * The person {@code d} describes: one sharing an email, else one sharing the LinkedIn URL, else one
     * with the same normalized name and organization when they do not both carry emails or both carry
     * URLs (which would differ, or an earlier rule had matched). {@code nameOrgKey} is
     * {@link Keys#nameOrg} of the draft. Null when nobody matches.
     */
    Person match(ContactDraft d, String nameOrgKey) {
        for (String e : d.emails()) {
            Person p = byEmail.get(Keys.email(e));
            if (p != null) {
                return p;
            }
        }
        String url = Keys.url(d.linkedinUrl());
        if (url != null && byUrl.containsKey(url)) {
            return byUrl.get(url);
        }
        for (Person p : byNameOrg.getOrDefault(nameOrgKey, List.of())) {
            boolean bothEmails = !d.emails().isEmpty() && !p.emails().isEmpty();
            boolean bothUrls = url != null && p.linkedinUrl() != null;
            if (!bothEmails && !bothUrls) {
                return p;
            }
        }
        return null;
    }
}
