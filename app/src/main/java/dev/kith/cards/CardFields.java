package dev.kith.cards;

import dev.kith.contacts.Contact;
import dev.kith.contacts.Employment;
import dev.kith.core.Limits;
import dev.kith.core.Text;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What Kith models of a card: name, given and family name, emails, phones, organization, title, a
 * location (the first address) and notes. Everything else on a card is kept as sent. Text fields are
 * null when absent; lists are never null.
 */
record CardFields(String name, String givenName, String familyName, List<String> emails, List<String> phones,
                  String organization, String title, String location, String notes) {

    CardFields {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }

    /** The fields of {@code c} as Kith holds them. */
    static CardFields of(Contact c) {
        var job = c.currentJob();
        return new CardFields(c.name(), c.givenName(), c.familyName(), c.emails(), c.phones(),
                job.map(Employment::organization).orElse(null), job.map(Employment::title).orElse(null),
                c.location(), c.notes());
    }

    /**
     * The fields of {@code card}, cleaned as Kith would store them: a value that Kith cannot hold (an email
     * that is not an address, a value over the length limits) is left out, so that one odd field does not
     * refuse the whole card; the card itself keeps it. Throws {@link CardException} when the card has no name.
     */
    static CardFields from(VCard card) {
        StructuredName n = card.getStructuredName();
        String given = n == null ? null : fit(n.getGiven(), Limits.NAME);
        String family = n == null ? null : fit(n.getFamily(), Limits.NAME);
        String name = card.getFormattedName() == null ? null : card.getFormattedName().getValue();
        if (blank(name)) {
            name = String.join(" ", java.util.stream.Stream.of(given, family).filter(s -> !blank(s)).toList());
        }
        Organization org = card.getOrganization();
        String organization = org == null || org.getValues().isEmpty() ? null : fit(org.getValues().getFirst(), Limits.NAME);
        if (blank(name) && card.getNickname() != null && !card.getNickname().getValues().isEmpty()) {
            name = fit(card.getNickname().getValues().getFirst(), Limits.NAME);
        }
        if (blank(name)) {
            name = organization;
        }
        Map<String, String> emails = new LinkedHashMap<>();
        for (Email e : card.getEmails()) {
            String v = e.getValue() == null ? "" : e.getValue().strip();
            if (Text.isEmailAddress(v) && v.length() <= Limits.VALUE && emails.size() < Limits.LIST) {
                emails.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
            }
        }
        Map<String, String> phones = new LinkedHashMap<>();
        for (Telephone t : card.getTelephoneNumbers()) {
            String v = phone(t);
            if (!blank(v) && v.length() <= Limits.VALUE && phones.size() < Limits.LIST) {
                phones.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
            }
        }
        if (blank(name)) {
            // a number saved without a name: called by its first email address, else phone number, as phones list it
            name = java.util.stream.Stream.concat(emails.values().stream(), phones.values().stream())
                    .filter(v -> v.length() <= Limits.NAME).findFirst().orElse(null);
        }
        if (blank(name)) {
            throw new CardException("the card has no name (FN, N, NICKNAME or ORG), email or phone number");
        }
        name = name.strip().replaceAll("\\s+", " ");
        if (name.length() > Limits.NAME) {
            throw new CardException("the card's name (FN) is longer than " + Limits.NAME + " characters");
        }
        List<Title> titles = card.getTitles();
        String title = titles.isEmpty() ? null : fit(titles.getFirst().getValue(), Limits.SHORT_TEXT);
        List<Address> addresses = card.getAddresses();
        String location = addresses.isEmpty() ? null : fit(location(addresses.getFirst()), Limits.SHORT_TEXT);
        List<String> notes = new ArrayList<>();
        for (Note note : card.getNotes()) {
            if (!blank(note.getValue())) {
                notes.add(note.getValue().strip());
            }
        }
        String note = fit(String.join("\n\n", notes), Limits.LONG_TEXT);
        return new CardFields(name, given, family, List.copyOf(emails.values()), List.copyOf(phones.values()),
                organization, title, location, note);
    }

    /** A stable digest of these fields, to tell whether a contact still holds what a card said. */
    String fingerprint() {
        return Digest.sha256(String.join("\u0001", Objects.toString(name), Objects.toString(givenName),
                Objects.toString(familyName), String.join("\u0002", emails), String.join("\u0002", phones),
                Objects.toString(organization), Objects.toString(title), Objects.toString(location),
                Objects.toString(notes)));
    }

    /** The phone number of {@code t}: its text, or its URI's number. */
    static String phone(Telephone t) {
        if (t.getText() != null) {
            return t.getText().strip();
        }
        return t.getUri() == null ? null : t.getUri().getNumber();
    }

    /** The location Kith keeps for an address: locality, region and country, else the street. */
    static String location(Address a) {
        String place = String.join(", ", java.util.stream.Stream.of(a.getLocality(), a.getRegion(), a.getCountry())
                .filter(s -> !blank(s)).map(String::strip).toList());
        if (place.isEmpty() && !blank(a.getStreetAddress())) {
            place = a.getStreetAddress().strip();
        }
        return place.isEmpty() ? null : place;
    }

    static boolean sameName(FormattedName fn, String name) {
        return fn != null && name != null && name.equals(fn.getValue() == null ? null : fn.getValue().strip());
    }

    private static String fit(String value, int max) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? null : v;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
