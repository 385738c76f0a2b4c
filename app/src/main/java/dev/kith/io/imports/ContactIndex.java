package dev.kith.io.imports;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.Contacts;
import dev.kith.contacts.PhoneKey;
import dev.kith.core.Text;
import dev.kith.io.ImportRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every contact of a book in memory, found by email, LinkedIn URL, or name and organization: loaded
 * once per import so that matching a row costs no query. Not thread-safe.
 */
final class ContactIndex {
    /** The most candidates {@link #likely} offers for one record. */
    static final int MOST = 5;
    private final Map<String, Person> byEmail = new HashMap<>();
    private final Map<String, Person> byUrl = new HashMap<>();
    private final Map<String, List<Person>> byNameOrg = new HashMap<>();
    /** Contacts of the book that are not archived, for {@link #likely}: by id, name key and phone key. */
    private final Map<Long, Person> byId = new HashMap<>();
    private final Map<String, List<Person>> byName = new HashMap<>();
    private final Map<String, List<Person>> byPhone = new HashMap<>();

    /** Loads every contact of {@code book} from {@code contacts}, archived ones included. */
    static ContactIndex load(Book book, Contacts contacts) {
        ContactIndex index = new ContactIndex();
        for (Contact c : contacts.all()) {
            Person p = Person.existing(c);
            index.add(p);
            if (!c.archived()) {
                index.byId.put(c.id(), p);
                index.byName.computeIfAbsent(Text.key(c.name()), k -> new ArrayList<>()).add(p);
                for (String phone : c.phones()) {
                    String key = PhoneKey.of(phone);
                    if (key != null) {
                        List<Person> same = index.byPhone.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!same.contains(p)) {
                            same.add(p);
                        }
                    }
                }
            }
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

    /** The contact with id {@code id} that is not archived, as loaded; null when there is none. */
    Person existing(long id) {
        return byId.get(id);
    }

    /**
     * The contacts of the book (not archived) that {@code d}, which {@link #match} did not match, looks
     * like: a shared phone, or the same name with the same organization (their emails or LinkedIn
     * profiles differ), without one, or with another. A phone or the same organization, or a missing
     * one, is a strong match; the same name at another organization is not. At most {@value #MOST},
     * strong ones first; empty when none. Costs a look-up per phone and one for the name.
     */
    List<ImportRow.Candidate> likely(ContactDraft d) {
        Map<Long, ImportRow.Candidate> found = new LinkedHashMap<>();
        for (String phone : d.phones()) {
            String key = PhoneKey.of(phone);
            for (Person p : key == null ? List.<Person>of() : byPhone.getOrDefault(key, List.of())) {
                found.putIfAbsent(p.contact.id(), candidate(p, "same phone " + phone.strip(), true));
            }
        }
        String org = Text.key(d.organization());
        for (Person p : byName.getOrDefault(Text.key(d.name()), List.of())) {
            String theirs = Text.key(p.organization());
            String why;
            boolean strong = true;
            if (org.isEmpty() || theirs.isEmpty()) {
                why = "same name";
            } else if (org.equals(theirs)) {
                why = "same name and organization";
            } else {
                why = "same name, different organization";
                strong = false;
            }
            found.putIfAbsent(p.contact.id(), candidate(p, why, strong));
        }
        List<ImportRow.Candidate> all = new ArrayList<>(found.values());
        all.sort(java.util.Comparator.comparing((ImportRow.Candidate c) -> !c.strong()));
        return all.size() > MOST ? List.copyOf(all.subList(0, MOST)) : all;
    }

    private static ImportRow.Candidate candidate(Person p, String why, boolean strong) {
        String org = p.organization();
        return new ImportRow.Candidate(p.contact.id(), p.contact.name() + (org == null ? "" : " (" + org + ")"), why,
                strong);
    }
}
