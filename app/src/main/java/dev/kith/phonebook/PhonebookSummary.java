package dev.kith.phonebook;

import java.util.List;

/**
 * What one sync of an address book did: people created, updated and archived in Kith from the address
 * book; cards created, updated and deleted on the server; conflicts recorded; and warnings (a card
 * Kith could not read, a write the server refused) in plain words.
 */
public record PhonebookSummary(int created, int updated, int archived, int cardsCreated, int cardsUpdated,
                               int cardsDeleted, int conflicts, List<String> warnings) {
    public PhonebookSummary {
        warnings = List.copyOf(warnings);
    }

    /** One line for people: "2 new people, 1 updated; 3 cards sent, 1 conflict (kept the newer value)". */
    public String inWords() {
        if (created + updated + archived + cardsCreated + cardsUpdated + cardsDeleted + conflicts == 0) {
            return "in step, nothing changed" + warningWords();
        }
        StringBuilder b = new StringBuilder();
        b.append(created).append(created == 1 ? " new person, " : " new people, ").append(updated)
                .append(" updated, ").append(archived).append(" archived in Kith; ")
                .append(cardsCreated + cardsUpdated).append(cardsCreated + cardsUpdated == 1 ? " card" : " cards")
                .append(" sent, ").append(cardsDeleted).append(" deleted on the address book");
        if (conflicts > 0) {
            b.append("; ").append(conflicts).append(conflicts == 1 ? " conflict" : " conflicts")
                    .append(" (kept the newer value, the other is in the person's history)");
        }
        return b + warningWords();
    }

    private String warningWords() {
        return warnings.isEmpty() ? "" : "; " + warnings.size() + (warnings.size() == 1 ? " warning: " : " warnings, first: ")
                + warnings.getFirst();
    }
}
