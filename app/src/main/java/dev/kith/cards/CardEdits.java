package dev.kith.cards;

import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** What a card written by a client does to Kith's contacts: a new contact, or the edit of one. Thread-safe. */
final class CardEdits {
    private CardEdits() {
    }

    /**
     * A new contact holding {@code f}. A company's card (no given or family name, named by its organization) is
     * named so with no first and last names split from it, as an import of the same card would be.
     */
    static ContactDraft draft(CardFields f) {
        return ContactDraft.builder(f.name()).givenName(f.givenName()).familyName(f.familyName()).emails(f.emails())
                .phones(f.phones()).organization(f.organization())
                .organizationOnly(ContactDraft.namedByOrganization(f.name(), f.givenName(), f.familyName(), f.organization()))
                .title(f.title()).location(f.location()).notes(f.notes()).build();
    }


    /** The edit that turns a contact holding {@code old} into one holding {@code f} (empty when they agree). */
    static ContactPatch patch(CardFields old, CardFields f) {
        ContactPatch.Builder p = ContactPatch.builder();
        if (!old.name().equals(f.name())) {
            p.name(f.name());
        }
        if (f.givenName() != null && !f.givenName().equals(old.givenName())) {
            p.givenName(f.givenName());
        }
        if (f.familyName() != null && !f.familyName().equals(old.familyName())) {
            p.familyName(f.familyName());
        }
        p.addEmails(minus(f.emails(), old.emails())).removeEmails(minus(old.emails(), f.emails()));
        p.addPhones(minus(f.phones(), old.phones())).removePhones(minus(old.phones(), f.phones()));
        if (!Objects.equals(old.organization(), f.organization()) || !Objects.equals(old.title(), f.title())) {
            p.organization(orEmpty(f.organization())).title(orEmpty(f.title()));
        }
        if (!Objects.equals(old.location(), f.location())) {
            p.location(orEmpty(f.location()));
        }
        if (!Objects.equals(old.notes(), f.notes())) {
            p.notes(orEmpty(f.notes()));
        }
        return p.build();
    }

    /** The values of {@code a} that {@code b} lacks, ignoring case. */
    private static List<String> minus(List<String> a, List<String> b) {
        Set<String> keys = new HashSet<>();
        b.forEach(v -> keys.add(v.toLowerCase(Locale.ROOT)));
        return a.stream().filter(v -> !keys.contains(v.toLowerCase(Locale.ROOT))).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
