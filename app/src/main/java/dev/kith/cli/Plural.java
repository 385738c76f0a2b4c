package dev.kith.cli;

/** Counted nouns in the CLI's words: "1 event", "2 events", "1 person", "3 people". Stateless. */
final class Plural {
    private Plural() {
    }

    /** {@code count} and {@code noun}, plural unless the count is exactly one ({@code "person"} becomes {@code "people"}). */
    static String of(long count, String noun) {
        if (count == 1) {
            return count + " " + noun;
        }
        String plural = switch (noun) {
            case "person" -> "people";
            case "reply" -> "replies";
            default -> noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") ? noun + "es" : noun + "s";
        };
        return count + " " + plural;
    }
}
