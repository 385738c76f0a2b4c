package dev.kith.web;

import dev.kith.core.Coded;
import dev.kith.intros.Intro;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kith's records in the words a page shows: kinds without hyphens, where an introduction stands
 * ("Waiting for Ana"), and the reasons an article suits someone as sentences. Never a state code.
 */
final class Words {
    private static final Pattern SIMILARITY = Pattern.compile(
            "(?:profile|word) similarity [-0-9.]+ \\((far above|above|around|below) the book's average\\)");
    private static final Pattern MILESTONE = Pattern.compile("recent milestone \\(([a-z-]+), ([0-9-]+)\\): (.*)",
            Pattern.DOTALL);

    private Words() {
    }

    /** A kind, role or circle in words: "met-through" → "met through", "event-encounter" → "met at an event". */
    static String of(Coded value) {
        if (value == null) {
            return "";
        }
        return value.code().equals("event-encounter") ? "met at an event" : value.code().replace('-', ' ');
    }

    /** A Today action's kind as its label reads: "follow-up" → "Follow up". */
    static String action(String kind) {
        return dev.kith.today.ActionLabels.of(kind);
    }

    /** Where an open or finished introduction stands, as its badge reads. */
    static String status(Intro i) {
        return switch (i.state()) {
            case ASKING_A -> "Waiting for " + i.aName();
            case ASKING_B -> "Waiting for " + i.bName();
            case MADE -> "Introduced";
            case CLOSED -> "Done";
            case DECLINED -> declinedBy(i) + " declined";
        };
    }

    /** Who declined introduction {@code i}: the second person when they had been asked, else the first. */
    static String declinedBy(Intro i) {
        return i.steps().stream().anyMatch(s -> s.step().equals("asked-b")) ? i.bName() : i.aName();
    }

    /** Whose answer an open introduction waits for: the first person, then the second; null once made or finished. */
    static String waitingOn(Intro i) {
        return switch (i.state()) {
            case ASKING_A -> i.aName();
            case ASKING_B -> i.bName();
            default -> null;
        };
    }

    /** What to do next about an introduction, in a sentence. */
    static String next(Intro i) {
        return switch (i.state()) {
            case ASKING_A -> "You asked " + i.aName() + " whether they would like to meet " + i.bName()
                    + ". Say here when they answer.";
            case ASKING_B -> i.aName() + " agreed. You asked " + i.bName() + "; say here when they answer.";
            case MADE -> "Both agreed and you introduced them. Note how it went when you hear.";
            case CLOSED -> i.outcome() == null ? "Closed." : "How it went: " + i.outcome();
            case DECLINED -> declinedBy(i) + " declined, so the introduction ends there.";
        };
    }

    /** One step of an introduction's history ("asked-a", "made", …) in words. */
    static String step(Intro i, String step) {
        return switch (step) {
            case "asked-a" -> "Asked " + i.aName();
            case "asked-b" -> i.aName() + " agreed; asked " + i.bName();
            case "made" -> "Both agreed — introduced them";
            case "outcome" -> "How it went";
            case "declined" -> declinedBy(i) + " declined";
            default -> step.replace('-', ' ');
        };
    }

    /** A reason an article suits someone, as a sentence starting with a capital and ending with a full stop. */
    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        Matcher s = SIMILARITY.matcher(reason.strip());
        String text;
        if (s.matches()) {
            text = switch (s.group(1)) {
                case "far above" -> "What you know of them is very close to what this is about";
                case "above" -> "What you know of them is close to what this is about";
                case "around" -> "What you know of them is somewhat like what this is about";
                default -> "What you know of them is only a little like what this is about";
            };
        } else {
            Matcher m = MILESTONE.matcher(reason.strip());
            text = m.matches() ? "Recently (" + m.group(2) + ") a " + m.group(1).replace('-', ' ') + ": " + m.group(3)
                    : reason.strip();
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }

    /** A reason as the middle of a sentence ("thought of you: interested in email migration"). */
    static String why(String reason) {
        String r = reason(reason);
        if (r.isEmpty()) {
            return r;
        }
        r = r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
        return Character.toLowerCase(r.charAt(0)) + r.substring(1);
    }

    /** A lower-case word for {@code text} in the middle of a sentence. */
    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
