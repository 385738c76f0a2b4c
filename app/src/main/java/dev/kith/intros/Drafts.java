package dev.kith.intros;

import dev.kith.contacts.Contact;

/** The notes of each introduction step: short, warm, and asking before introducing (double opt-in). */
final class Drafts {
    private Drafts() {
    }

    static String askA(Contact a, Contact b, String why) {
        return "Hi " + first(a) + ", I'd like to introduce you to " + b.name() + describe(b) + "."
                + because(why) + " Would you be open to an introduction?";
    }

    static String askB(Contact a, Contact b, String why) {
        return "Hi " + first(b) + ", " + a.name() + describe(a) + " would like to meet you." + because(why)
                + " Shall I introduce you two?";
    }

    static String made(Contact a, Contact b, String why) {
        return first(a) + ", meet " + b.name() + describe(b) + ". " + first(b) + ", meet " + a.name() + describe(a)
                + "." + because(why) + " I'll let you two take it from here.";
    }

    static String declined(Contact who) {
        return "Hi " + first(who) + ", no problem at all — thanks for letting me know.";
    }

    static String followUp(Intro intro) {
        return switch (intro.state()) {
            case ASKING_A -> "Hi " + intro.aName().split(" ")[0] + ", just checking whether you'd like me to introduce you to "
                    + intro.bName() + ". No pressure either way.";
            case ASKING_B -> "Hi " + intro.bName().split(" ")[0] + ", just checking whether you'd like to meet "
                    + intro.aName() + ". No pressure either way.";
            default -> "Hi " + intro.aName().split(" ")[0] + " and " + intro.bName().split(" ")[0]
                    + ", did you two manage to connect?";
        };
    }

    private static String because(String why) {
        if (why == null) {
            return "";
        }
        String w = why.strip();
        return " " + Character.toUpperCase(w.charAt(0)) + w.substring(1) + (w.endsWith(".") ? "" : ".");
    }

    private static String describe(Contact c) {
        return c.currentJob().map(j -> j.title() != null && j.organization() != null ? " (" + j.title() + " at " + j.organization() + ")"
                : j.organization() != null ? " (at " + j.organization() + ")" : j.title() != null ? " (" + j.title() + ")" : "")
                .orElse("");
    }

    private static String first(Contact c) {
        return c.givenName() != null ? c.givenName() : c.name().split(" ")[0];
    }
}
