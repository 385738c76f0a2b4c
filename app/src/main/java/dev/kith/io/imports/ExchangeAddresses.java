package dev.kith.io.imports;

/**
 * The email addresses of an Outlook CSV export, where a contact from an Exchange directory has an X.500 address
 * ({@code /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=…}, its type {@code
 * EX}) instead of an email address. Its email address is read from its display name ("Ana Lima
 * (ana@acme.example)"), which Outlook writes two columns after the address in every language; an X.500 address
 * without one is left out, and the file gets one warning counting them rather than one per record. Not
 * thread-safe; one file only.
 */
final class ExchangeAddresses {
    private int dropped;
    private long firstLine;

    /**
     * The email address of the {@code column} of {@code r}: its value, or for an Exchange contact the address its
     * display name holds ("" when it holds none; it is then counted for {@link #warn}).
     */
    String email(CsvTable.Record r, String column) {
        String value = r.get(column);
        boolean x500 = value.regionMatches(true, 0, "/o=", 0, 3);
        if (value.isBlank() || !x500 && (!r.after(column, 1).equalsIgnoreCase("EX") || value.indexOf('@') > 0)) {
            return value;
        }
        String inDisplayName = inParentheses(r.after(column, 2));
        if (inDisplayName != null) {
            return inDisplayName;
        }
        if (dropped++ == 0) {
            firstLine = r.line();
        }
        return "";
    }

    /** The email address in parentheses that ends {@code display} ("Ana Lima (ana@acme.example)"), else null. */
    private static String inParentheses(String display) {
        if (!display.endsWith(")")) {
            return null;
        }
        String inside = display.substring(display.lastIndexOf('(') + 1, display.length() - 1).strip();
        boolean oneWord = inside.chars().noneMatch(Character::isWhitespace);
        return oneWord && inside.indexOf('@') > 0 && !inside.regionMatches(true, 0, "/o=", 0, 3) ? inside : null;
    }

    /** Adds one warning to {@code warnings} counting the Exchange addresses left out, from the first one's line. */
    void warn(String file, Warnings warnings) {
        if (dropped > 0) {
            warnings.add(file, firstLine, dropped + (dropped == 1 ? " Exchange address" : " Exchange addresses")
                    + " ('/o=…/cn=Recipients/…', type EX) left out, from this line on: a directory name, not an email"
                    + " address, with none in its display name either");
        }
    }
}
