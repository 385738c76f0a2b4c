package dev.kith.io.export;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import ezvcard.property.Url;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The contacts of a book as vCard 4.0 (RFC 6350) or 3.0, one card per contact, archived ones included. Each
 * card has a stable {@code UID} derived from the book and the contact id, so re-exporting updates
 * rather than duplicates. Text values escape {@code , ; \} and line breaks; web addresses, URIs, are written
 * as they are. Lines are folded at 75 octets, never inside a character. Thread-safe.
 */
public final class VCardExport {
    private VCardExport() {
    }

    /**
     * The vCard version asked for as text ("3.0", "4.0"; "3" and "4" too); {@link dev.kith.core.ValidationException} of
     * {@code field} for any other, null or blank giving 4.0.
     */
    public static VCardVersion version(String field, String asked) {
        String v = asked == null ? "" : asked.strip();
        return switch (v) {
            case "", "4.0", "4" -> VCardVersion.V4_0;
            case "3.0", "3" -> VCardVersion.V3_0;
            default -> throw new dev.kith.core.ValidationException(field, "must be 3.0 or 4.0, not '" + asked + "'");
        };
    }

    /** The contacts of {@code book} as vCard 4.0. */
    public static String write(Book book, Contacts contacts) {
        return write(book, contacts, VCardVersion.V4_0);
    }

    /**
     * The contacts of {@code book} as vCard {@code version}: 4.0, or 3.0 (RFC 2426) for address books that read no
     * 4.0 (Outlook, older Android phones); the same cards either way, each property in that version's form.
     */
    public static String write(Book book, Contacts contacts, VCardVersion version) {
        if (version != VCardVersion.V3_0 && version != VCardVersion.V4_0) {
            throw new IllegalArgumentException("vCard " + version.getVersion() + " is not written: 3.0 or 4.0");
        }
        List<VCard> cards = new ArrayList<>();
        for (Contact c : contacts.all()) {
            cards.add(card(book, c));
        }
        java.io.StringWriter unfolded = new java.io.StringWriter();
        try (VCardWriter writer = new VCardWriter(unfolded, version)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.setAddProdId(false);
            writer.registerScribe(new UriUrlScribe());
            for (VCard card : cards) {
                writer.write(card);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dev.kith.io.Folding.fold(unfolded.toString());
    }

    /**
     * The stable UID of contact {@code contactId} of {@code book}: a name-based UUID URN, the same in every
     * export and on Kith's CardDAV server, so that a card imported from an export and one synced match.
     */
    public static String uid(Book book, long contactId) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("kith:" + book.name() + ":contact:" + contactId)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static VCard card(Book book, Contact c) {
        VCard v = new VCard(VCardVersion.V4_0);
        v.setUid(new Uid(uid(book, c.id())));
        v.setFormattedName(c.name());
        StructuredName n = new StructuredName();
        n.setGiven(c.givenName());
        n.setFamily(c.familyName());
        v.setStructuredName(n);
        for (int i = 0; i < c.emails().size(); i++) {
            var email = v.addEmail(c.emails().get(i), EmailType.INTERNET);
            if (i == 0) {
                email.setPref(1);
            }
        }
        c.phones().forEach(v::addTelephoneNumber);
        c.currentJob().ifPresent(job -> {
            if (job.organization() != null) {
                Organization org = new Organization();
                org.getValues().add(job.organization());
                v.setOrganization(org);
            }
            if (job.title() != null) {
                v.addTitle(job.title());
            }
        });
        if (c.linkedinUrl() != null) {
            Url url = new Url(c.linkedinUrl());
            url.setType("linkedin");
            v.addUrl(url);
        }
        if (c.website() != null) {
            v.addUrl(c.website());
        }
        if (c.location() != null) {
            Address a = new Address();
            a.setLocality(c.location());
            v.addAddress(a);
        }
        if (!c.tags().isEmpty()) {
            Categories cats = new Categories();
            cats.getValues().addAll(c.tags());
            v.setCategories(cats);
        }
        if (c.notes() != null) {
            v.addNote(c.notes());
        }
        return v;
    }
}
