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
        PropertyLines lines = new PropertyLines(text);
        try (VCardReader reader = new VCardReader(lines)) {
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
                Row row = row(file, lines.card(line), card, warnings);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The nickname Android's contacts export writes as {@code X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Jo;1;…}
     * (its own vCard has no NICKNAME); null for any other property.
     */
    static String androidNickname(RawProperty p) {
        String prefix = "vnd.android.cursor.item/nickname;";
        String v = p.getValue();
        if (!p.getPropertyName().equalsIgnoreCase("X-ANDROID-CUSTOM") || v == null
                || !v.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        int end = v.indexOf(';', prefix.length());
        String nickname = v.substring(prefix.length(), end < 0 ? v.length() : end).strip();
        return nickname.isEmpty() ? null : nickname;
    }

    /** The row of {@code card}; a warning about one of its properties names the line that property starts on. */
    private static Row row(String file, PropertyLines.Card at, VCard card, Warnings warnings) {
        long line = at.start();
        if (group(card)) {
            warnings.add(file, line, "skipped: a contact group, not a person");
            warnings.skip(line, "a contact group, not a person");
            return null;
        }
        RowBuilder b = new RowBuilder(file, line, warnings).organizationCard(organization(card));
        try {
            if (card.getFormattedName() != null) {
                b.at(at.line("FN", 0)).name(card.getFormattedName().getValue());
            }
            if (card.getStructuredName() != null) {
                var n = card.getStructuredName();
                String given = n.getGiven() == null ? "" : n.getGiven();
                if (!n.getAdditionalNames().isEmpty()) {
                    given = (given + " " + String.join(" ", n.getAdditionalNames())).strip();
                }
                b.at(at.line("N", 0)).given(given).family(n.getFamily());
            }
            if (card.getNickname() != null && !card.getNickname().getValues().isEmpty()) {
                b.at(at.line("NICKNAME", 0)).nickname(card.getNickname().getValues().getFirst());
            }
            List<Email> emails = card.getEmails();
            for (int i = 0; i < emails.size(); i++) {
                b.at(at.line("EMAIL", i)).email(emails.get(i).getValue());
            }
            List<Telephone> phones = card.getTelephoneNumbers();
            for (int i = 0; i < phones.size(); i++) {
                Telephone t = phones.get(i);
                b.at(at.line("TEL", i))
                        .phone(t.getText() != null ? t.getText() : t.getUri() == null ? null : t.getUri().getNumber());
            }
            if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
                b.at(at.line("ORG", 0)).organization(card.getOrganization().getValues().getFirst());
            }
            if (!card.getTitles().isEmpty()) {
                b.at(at.line("TITLE", 0)).title(card.getTitles().getFirst().getValue());
            }
            List<Url> urls = card.getUrls();
            for (int i = 0; i < urls.size(); i++) {
                b.at(at.line("URL", i)).url(urls.get(i).getValue());
            }
            int social = 0;
            int android = 0;
            for (RawProperty p : card.getExtendedProperties()) {
                if (p.getPropertyName().equalsIgnoreCase("X-SOCIALPROFILE")) {
                    b.at(at.line("X-SOCIALPROFILE", social++)).url(SocialProfile.url(p));
                } else if (p.getPropertyName().equalsIgnoreCase("X-ANDROID-CUSTOM")) {
                    String nickname = androidNickname(p);
                    if (nickname != null && card.getNickname() == null) {
                        b.at(at.line("X-ANDROID-CUSTOM", android)).nickname(nickname);
                    }
                    android++;
                }
            }
            List<Address> addresses = card.getAddresses();
            for (int i = 0; i < addresses.size(); i++) {
                Address a = addresses.get(i);
                if (a.getLocality() != null && !a.getLocality().isBlank()) {
                    b.at(at.line("ADR", i)).location(a.getLocality());
                    break;
                }
            }
            List<String> notes = card.getNotes().stream().map(Note::getValue).filter(v -> v != null && !v.isBlank())
                    .toList();
            b.at(at.line("NOTE", 0)).notes(notes.isEmpty() ? null : String.join("\n", notes));
            b.at(0);
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
