package dev.kith.io.imports;

import dev.kith.io.ImportException;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * vCard 2.1, 3.0 and 4.0 files as Apple Contacts, iPhone, Android, Gmail, Outlook, Thunderbird,
 * Evolution and Lotus Notes write them. {@link VCardScanner} checks the structure first; ez-vcard
 * reads the properties. A company's card (no person's name, named by its organization, or marked
 * {@code KIND:org} or {@code X-ABShowAs:COMPANY}) is named by the organization, with no first and last names. Byte-order marks inside the text (files joined with {@code cat}) are dropped. A
 * contact group (iCloud's and vCard 4.0's group cards) is skipped with a warning.
 */
final class VCardFileReader {
    private VCardFileReader() {
    }

    static List<Row> read(String file, String given, Warnings warnings) {
        // files joined with cat keep each one's byte-order mark at the start of a line; it is never content
        String text = given.indexOf('\uFEFF') < 0 ? given : given.replace("\uFEFF", "");
        VCardScanner.Scan scan = VCardScanner.scan(file, text, warnings);
        return read(file, new StringReader(text), scan, warnings);
    }

    /**
     * The cards of {@code text}, read twice (the structural check, then the cards) and never held whole: memory is
     * bounded by the largest card, whatever the size of the file.
     */
    static List<Row> read(String file, TextStream text, Warnings warnings) {
        VCardScanner.Scan scan;
        try (Reader in = text.reader()) {
            scan = VCardScanner.scan(file, in, warnings);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot read the file: " + e.getMessage());
        }
        try (Reader in = text.reader()) {
            return read(file, in, scan, warnings);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private static List<Row> read(String file, Reader text, VCardScanner.Scan scan, Warnings warnings) {
        List<Long> starts = scan.starts();
        List<Row> rows = new ArrayList<>();
        try (VCardReader reader = new VCardReader(text)) {
            reader.registerScribe(new PlainTelephoneScribe());
            reader.setDefaultQuotedPrintableCharset(scan.quotedPrintable());
            for (int i = 0; ; i++) {
                long line = i < starts.size() ? starts.get(i) : 0;
                VCard card;
                try {
                    card = reader.readNext();
                } catch (RuntimeException e) {
                    throw new ImportException(file, line, "cannot read this vCard: " + e.getMessage());
                }
                if (card == null) {
                    break;
                }
                Row row = row(file, line, card, warnings);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Row row(String file, long line, VCard card, Warnings warnings) {
        if (group(card)) {
            warnings.add(file, line, "skipped: a contact group, not a person");
            warnings.skip(line, "a contact group, not a person");
            return null;
        }
        RowBuilder b = new RowBuilder(file, line, warnings).organizationCard(organization(card));
        try {
            if (card.getFormattedName() != null) {
                b.name(card.getFormattedName().getValue());
            }
            if (card.getStructuredName() != null) {
                var n = card.getStructuredName();
                String given = n.getGiven() == null ? "" : n.getGiven();
                if (!n.getAdditionalNames().isEmpty()) {
                    given = (given + " " + String.join(" ", n.getAdditionalNames())).strip();
                }
                b.given(given).family(n.getFamily());
            }
            for (Email e : card.getEmails()) {
                b.email(e.getValue());
            }
            for (Telephone t : card.getTelephoneNumbers()) {
                b.phone(t.getText() != null ? t.getText() : t.getUri() == null ? null : t.getUri().getNumber());
            }
            if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
                b.organization(card.getOrganization().getValues().getFirst());
            }
            if (!card.getTitles().isEmpty()) {
                b.title(card.getTitles().getFirst().getValue());
            }
            for (Url u : card.getUrls()) {
                b.url(u.getValue());
            }
            for (RawProperty p : card.getExtendedProperties()) {
                if (p.getPropertyName().equalsIgnoreCase("X-SOCIALPROFILE")) {
                    b.url(SocialProfile.url(p));
                }
            }
            for (Address a : card.getAddresses()) {
                if (a.getLocality() != null && !a.getLocality().isBlank()) {
                    b.location(a.getLocality());
                    break;
                }
            }
            List<String> notes = card.getNotes().stream().map(Note::getValue).filter(v -> v != null && !v.isBlank())
                    .toList();
            b.notes(notes.isEmpty() ? null : String.join("\n", notes));
            for (Categories c : card.getCategoriesList()) {
                c.getValues().stream().filter(t -> !t.equalsIgnoreCase("myContacts") && !t.equalsIgnoreCase("starred"))
                        .forEach(b::tag);
            }
        } catch (RuntimeException e) {
            if (e instanceof ImportException) {
                throw e;
            }
            throw new ImportException(file, line, "cannot read this vCard: " + e.getMessage());
        }
        return b.build();
    }

    /** Whether {@code card} says it is an organization's: vCard 4.0's {@code KIND:org}, or Apple's {@code X-ABShowAs:COMPANY}. */
    private static boolean organization(VCard card) {
        if (card.getKind() != null && card.getKind().isOrg()) {
            return true;
        }
        RawProperty apple = card.getExtendedProperty("X-ABShowAs");
        return apple != null && apple.getValue() != null && apple.getValue().strip().equalsIgnoreCase("company");
    }

    /** Whether {@code card} is a contact group: vCard 4.0's {@code KIND:group}, or Apple's {@code X-ADDRESSBOOKSERVER-KIND}. */
    private static boolean group(VCard card) {
        if (card.getKind() != null && card.getKind().isGroup()) {
            return true;
        }
        RawProperty apple = card.getExtendedProperty("X-ADDRESSBOOKSERVER-KIND");
        return apple != null && apple.getValue() != null && apple.getValue().strip().equalsIgnoreCase("group");
    }
}
