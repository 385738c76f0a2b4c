package dev.kith.contacts;

/** Splitting a display name into given and family names when the user gives only one string. */
final class Names {
    private Names() {
    }

    /**
     * "Ana María Lima" gives {"Ana María", "Lima"}; a single word is a given name only. A name that is an email
     * address or has no letter at all (a number saved on a phone without a name) is no person's name: none.
     */
    static String[] split(String displayName) {
        String name = displayName.strip();
        if (name.indexOf('@') >= 0 || name.codePoints().noneMatch(Character::isLetter)) {
            return new String[] {null, null};
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            return new String[] {blank(name.substring(comma + 1)), blank(name.substring(0, comma))};
        }
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return new String[] {name, null};
        }
        return new String[] {name.substring(0, space).strip(), name.substring(space + 1).strip()};
    }

    private static String blank(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
