package dev.kith.cards;

import dev.kith.contacts.Contact;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reading one vCard and writing a contact as one. A contact whose fields are still what a client's card
 * said is served as that card, byte for byte; otherwise the card is that client's card with Kith's
 * fields put in (a property whose value still holds keeps its parameters, such as TYPE), or a new
 * vCard 3.0 for a contact no client has sent. Thread-safe.
 */
final class CardText {
    /** The largest card accepted: 4 MiB, room for a photo. */
    static final int MAX_CARD = 4 << 20;

    private CardText() {
    }

    /** The one vCard in {@code text}; {@link CardException} when there is none, more than one, or it is too large. */
    static VCard parse(String text) {
        if (text.length() > MAX_CARD) {
            throw new CardException("the card is larger than " + MAX_CARD + " characters");
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (!upper.startsWith("BEGIN:VCARD")) {
            throw new CardException("the body is not a vCard: it must start with BEGIN:VCARD");
        }
        if (!upper.endsWith("END:VCARD")) {
            throw new CardException("the vCard is cut short: it must end with END:VCARD");
        }
        List<VCard> cards;
        try {
            cards = Ezvcard.parse(text).all();
        } catch (RuntimeException e) {
            throw new CardException("the vCard cannot be read: " + e.getMessage());
        }
        if (cards.size() != 1) {
            throw new CardException("a card resource holds one vCard, not " + cards.size());
        }
        return cards.getFirst();
    }

    /** The UID {@code card} gives itself, stripped; "" when it has none or a blank one. */
    static String uid(VCard card) {
        return card.getUid() == null || card.getUid().getValue() == null || card.getUid().getValue().isBlank()
                ? "" : card.getUid().getValue().strip();
    }

    /** The card of {@code c}: {@code sent} when its fields still hold ({@code basis}), else merged as the class says. */
    static String render(Contact c, String uid, String sent, String basis) {
        CardFields now = CardFields.of(c);
        if (sent != null && now.fingerprint().equals(basis)) {
            return sent;
        }
        VCard card = sent == null ? new VCard(VCardVersion.V3_0) : parse(sent);
        if (card.getUid() == null) {
            card.setUid(new Uid(uid));
        }
        put(card, now);
        String merged = write(card);
        // what Kith did not change goes back as the client wrote it, not as ez-vcard would write it again
        return sent == null ? merged : CardLines.splice(sent, merged, card.getVersion() == null ? VCardVersion.V3_0
                : card.getVersion());
    }

    /** {@code card} as text in its own version, lines folded. */
    static String write(VCard card) {
        StringWriter out = new StringWriter();
        VCardVersion version = card.getVersion() == null ? VCardVersion.V3_0 : card.getVersion();
        try (VCardWriter writer = new VCardWriter(out, version)) {
            writer.setAddProdId(false);
            writer.write(card);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Puts Kith's fields {@code f} into {@code card}, keeping the properties whose values still hold. */
    private static void put(VCard card, CardFields f) {
        if (!CardFields.sameName(card.getFormattedName(), f.name())) {
            card.setFormattedName(f.name());
        }
        StructuredName n = card.getStructuredName();
        if (n == null) {
            StructuredName fresh = new StructuredName();
            fresh.setGiven(f.givenName());
            fresh.setFamily(f.familyName());
            card.setStructuredName(fresh);
        } else if (!Objects.equals(blankToNull(n.getGiven()), f.givenName())
                || !Objects.equals(blankToNull(n.getFamily()), f.familyName())) {
            n.setGiven(f.givenName()); // the middle names, prefixes and suffixes and the parameters stay
            n.setFamily(f.familyName());
        }
        Set<String> emails = keys(f.emails());
        Set<String> kept = new HashSet<>();
        for (Email e : List.copyOf(card.getEmails())) {
            String key = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            if (!dev.kith.core.Text.isEmailAddress(key)) {
                continue; // not an address Kith could hold: the card keeps it as sent
            }
            if (!emails.contains(key) || !kept.add(key)) {
                card.removeProperty(e);
            }
        }
        for (String e : f.emails()) {
            if (!kept.contains(e.toLowerCase(Locale.ROOT))) {
                card.addEmail(e, EmailType.INTERNET);
            }
        }
        Set<String> phones = keys(f.phones());
        kept.clear();
        for (Telephone t : List.copyOf(card.getTelephoneNumbers())) {
            String v = CardFields.phone(t);
            String key = v == null ? "" : v.toLowerCase(Locale.ROOT);
            if (!phones.contains(key) || !kept.add(key)) {
                card.removeProperty(t);
            }
        }
        for (String p : f.phones()) {
            if (!kept.contains(p.toLowerCase(Locale.ROOT))) {
                card.addTelephoneNumber(p);
            }
        }
        Organization org = card.getOrganization();
        String held = org == null || org.getValues().isEmpty() ? null : blankToNull(org.getValues().getFirst());
        if (!Objects.equals(held, f.organization())) {
            if (f.organization() == null) {
                card.setOrganization((Organization) null);
            } else {
                Organization fresh = new Organization();
                fresh.getValues().add(f.organization());
                card.setOrganization(fresh);
            }
        }
        List<Title> titles = card.getTitles();
        if (!Objects.equals(titles.isEmpty() ? null : blankToNull(titles.getFirst().getValue()), f.title())) {
            titles.forEach(card::removeProperty);
            if (f.title() != null) {
                card.addTitle(f.title());
            }
        }
        List<Address> addresses = card.getAddresses();
        if (!Objects.equals(addresses.isEmpty() ? null : CardFields.location(addresses.getFirst()), f.location())) {
            List<Address> rest = new ArrayList<>(addresses.isEmpty() ? List.of() : addresses.subList(1, addresses.size()));
            List.copyOf(addresses).forEach(card::removeProperty);
            if (f.location() != null) {
                Address a = new Address();
                a.setLocality(f.location());
                card.addAddress(a);
            }
            rest.forEach(card::addAddress);
        }
        List<String> notes = card.getNotes().stream().map(Note::getValue).filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
        if (!Objects.equals(notes.isEmpty() ? null : String.join("\n\n", notes), f.notes())) {
            List.copyOf(card.getNotes()).forEach(card::removeProperty);
            if (f.notes() != null) {
                card.addNote(f.notes());
            }
        }
    }

    private static Set<String> keys(List<String> values) {
        Set<String> keys = new HashSet<>();
        values.forEach(v -> keys.add(v.toLowerCase(Locale.ROOT)));
        return keys;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
