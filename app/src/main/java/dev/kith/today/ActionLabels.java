package dev.kith.today;

/** A Today action's kind in the words its label reads: "follow-up" → "Follow up", "ask-intro" → "Ask for an introduction". */
public final class ActionLabels {
    private ActionLabels() {
    }

    /** The label of {@code kind}; an unknown kind reads as its words, capitalized. */
    public static String of(String kind) {
        return switch (kind) {
            case "ask-intro" -> "Ask for an introduction";
            case "congratulate" -> "Congratulate";
            case "choose-circle" -> "Choose your close circle";
            case "follow-up" -> "Follow up";
            case "keep-in-touch" -> "Keep in touch";
            case "lunch" -> "Lunch";
            case "rekindle" -> "Rekindle";
            case "reply" -> "Reply";
            case "thank-you" -> "Say thank you";
            default -> kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1).replace('-', ' ');
        };
    }
}
