package dev.kith.io.imports;

import dev.kith.contacts.ContactDraft;
import dev.kith.io.ImportException;
import dev.kith.io.ImportSummary;
import java.util.List;
import java.util.Optional;

/**
 * One vCard read exactly as the vCard import reads a file ({@link VCardScanner}'s structural check, then
 * ez-vcard and the same field checks), for sources that deliver cards one at a time, such as a CardDAV
 * address book. Thread-safe (holds no state).
 */
public final class CardReader {
    private CardReader() {
    }

    /** What one card says, as a draft (empty when it names nobody), and the fields dropped on the way. */
    public record Card(Optional<ContactDraft> draft, List<ImportSummary.Warning> warnings) {
        public Card {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads the card {@code text} called {@code name} in messages; an {@link ImportException} naming it
     * when it is no vCard, or holds more than one. Linear in the length of the text.
     */
    public static Card read(String name, String text) {
        Warnings warnings = new Warnings();
        List<Row> rows = VCardFileReader.read(name, text, warnings);
        if (rows.size() > 1) {
            throw new ImportException(name, 1, "holds " + rows.size() + " vCards, not one");
        }
        return new Card(rows.stream().findFirst().map(Row::draft), warnings.list());
    }
}
