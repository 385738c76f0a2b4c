package dev.kith.cli;

/** Small helpers for the plain words the journal records ("logged a call", "an award"). */
final class Words {
    private Words() {
    }

    /** {@code code} with "a" or "an" before it: "a call", "an email", "an event-encounter" as "an event encounter". */
    static String article(String code) {
        String words = code.replace('-', ' ');
        return ("aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 ? "an " : "a ") + words;
    }
}
