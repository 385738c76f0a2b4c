package dev.kith.core;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-words primitives the drafts and reasons of every feature share: dates in words, relative
 * where natural ("tomorrow", "on Thursday", "on 3 December"), online versus in-person places, lists
 * joined with "and", and the topic of a user's note in words fit for a message to the person. Pure
 * functions of their arguments; the day is always given (from the book's clock), never read.
 */
public final class Prose {
    private static final Pattern ONLINE = Pattern.compile(
            "(?i)\\b(online|virtual|virtually|remote|zoom|teams|webinar|webex|google meet|livestream)\\b");
    /** Where a note names its topic: "… about X", "… on X", "talked X", "swapped notes on X". */
    private static final Pattern TOPIC = Pattern.compile(
            "(?i)\\b(?:about|on|regarding|re:|talked|discussed|discussing|through)\\s+(.+)$");
    private static final Pattern CUT = Pattern.compile("[;:.!?\\n(]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Where a topic ends and the place or company of the meeting begins: "… at Acme", "… with Bo". */
    private static final Pattern PLACE = Pattern.compile(" (?:at|with) ");

    private Prose() {
    }

    /** "3 December" in {@code today}'s year, else "3 December 2027". */
    public static String date(LocalDate date, LocalDate today) {
        String day = date.getDayOfMonth() + " " + month(date);
        return date.getYear() == today.getYear() ? day : day + " " + date.getYear();
    }

    /** "December". */
    public static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "Thursday". */
    public static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * When something ahead happens, to follow a verb: "today", "tomorrow", "on Thursday" within the
     * week, "on Thursday, 10 December" within two weeks, else "on 3 December" (or "on 3 December 2027").
     * A past date reads as {@link #ago}.
     */
    public static String ahead(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days < 0) {
            return ago(date, today);
        }
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days < 7) {
            return "on " + weekday(date);
        }
        if (days < 14) {
            return "on " + weekday(date) + ", " + date(date, today);
        }
        return "on " + date(date, today);
    }

    /**
     * When something past happened, to follow a verb: "today", "yesterday", "on Monday" within the
     * week, "last week", "2 weeks ago" up to a month, else "on 3 October" (or "in October 2024" a
     * year or more back). A future date reads as {@link #ahead}.
     */
    public static String ago(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(date, today);
        if (days < 0) {
            return ahead(date, today);
        }
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days < 7) {
            return "on " + weekday(date);
        }
        if (days < 14) {
            return "last week";
        }
        if (days < 31) {
            return days / 7 + " weeks ago";
        }
        return days < 365 ? "on " + date(date, today) : "in " + month(date) + " " + date.getYear();
    }

    /** A count of days in words: "1 day", "8 days", "3 weeks", "5 months", "2 years". */
    public static String days(long days) {
        if (days < 21) {
            return days == 1 ? "1 day" : days + " days";
        }
        if (days < 60) {
            return days / 7 + " weeks";
        }
        if (days < 730) {
            return days / 30 + " months";
        }
        return days / 365 + " years";
    }

    /** Whether an event's location means it happens online ("Online", "Zoom", "virtual"). */
    public static boolean online(String location) {
        return location != null && ONLINE.matcher(location).find();
    }

    /** Where something happens, to follow a name: ", online", " in Boston", or "" when unknown. */
    public static String place(String location) {
        if (location == null || location.isBlank()) {
            return "";
        }
        return online(location) ? ", online" : " in " + location.strip();
    }

    /** "A", "A and B", "A, B and C"; "" for none. */
    public static String and(List<String> items) {
        List<String> xs = items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        if (xs.isEmpty()) {
            return "";
        }
        if (xs.size() == 1) {
            return xs.get(0);
        }
        return String.join(", ", xs.subList(0, xs.size() - 1)) + " and " + xs.get(xs.size() - 1);
    }

    /**
     * The topic a note of mine names, in words fit for a message to the person it is about: the words
     * after "about", "on" or "talked", up to the end of the clause, with "their" turned to "your"; null
     * when the note names no topic this way, so that the caller words the message without it.
     * "Project check-in on digital preservation" gives "digital preservation".
     */
    public static String topic(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = SPACES.matcher(note.strip()).replaceAll(" ");
        Matcher m = TOPIC.matcher(text);
        String found = null;
        int from = 0;
        while (m.find(from)) {
            found = m.group(1);
            from = m.start(1);
            Matcher cut = CUT.matcher(found);
            if (cut.find()) {
                found = found.substring(0, cut.start());
            }
            Matcher place = PLACE.matcher(found);
            if (place.find()) {
                found = found.substring(0, place.start());
            }
            if (!found.isBlank()) {
                break;
            }
        }
        if (found == null) {
            return null;
        }
        String t = found.strip().replaceAll("(?i)^(?:about|on|of|over|through|regarding)\\s+", "")
                .replaceAll("(?i)\\btheir\\b", "your").replaceAll("(?i)\\bthem\\b", "you")
                .replaceAll("(?i)\\b(at|with|in|for|and|the)$", "").strip();
        t = t.replaceAll("[,\\s]+$", "");
        return t.isEmpty() || t.split(" ").length > 12 ? null : t;
    }

    /**
     * "rdm" reads as "RDM": a short lower-case label of two to four letters without a vowel is taken for
     * an acronym; any other label is kept as it is.
     */
    public static String label(String tag) {
        String t = tag.strip();
        boolean acronym = t.length() >= 2 && t.length() <= 4 && t.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && t.chars().noneMatch(c -> "aeiou".indexOf(c) >= 0);
        return acronym ? t.toUpperCase(Locale.ROOT) : t;
    }

    /** The text with its first letter in upper case. */
    public static String capitalized(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The text with its first letter in lower case, unless it starts an acronym or a name ("RDM", "I"). */
    public static String uncapitalized(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
        boolean pronoun = s.startsWith("I ") || s.startsWith("I'");
        return acronym || pronoun ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The text as a sentence: stripped, capitalized, ending in ".", "!" or "?". */
    public static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = capitalized(t);
        return t.matches("(?s).*[.!?]$") ? t : t + ".";
    }

    /** A written message tidied: single spaces, no space before punctuation, no doubled full stop. */
    public static String tidy(String s) {
        return s.replaceAll("[ \\t]+", " ").replaceAll(" ([.,;:!?])", "$1").replaceAll("\\.\\.(?!\\.)", ".")
                .replaceAll("!\\.", "!").replaceAll("\\?\\.", "?").strip();
    }

    private static final Pattern COMMON_EVENT = Pattern.compile("(?i).*\\b(meetup|summit|conference|workshop|forum"
            + "|symposium|webinar|meeting|breakfast|dinner|lunch|day|retreat|congress|convention|fair|expo|hackathon"
            + "|session|festival|gathering|social|seminar|colloquium|institute|camp|unconference)(?: \\d{4})?$");

    /**
     * An event's name as it reads in a sentence: "the RDM Winter Meetup" for a name that ends in a
     * common noun (meetup, summit, conference …, perhaps followed by a year), else the name as it is
     * ("ALA Annual", "Code4Lib 2026").
     */
    public static String event(String name) {
        String n = name.strip();
        return COMMON_EVENT.matcher(n).matches() && !n.regionMatches(true, 0, "the ", 0, 4) ? "the " + n : n;
    }
}
