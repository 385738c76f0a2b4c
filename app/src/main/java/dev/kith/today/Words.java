package dev.kith.today;

import dev.kith.core.Prose;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-words phrases the reasons and drafts share, and the primitives that fold two drafts to one
 * person into one message ({@link #fold}): an owed reply's apology with a congratulation, say.
 */
public final class Words {
    /** "Hi Ana, " or "Ana, " at the start of a draft: the greeting a folded draft drops. */
    private static final Pattern GREETING = Pattern.compile("^(?:Hi|Hello|Dear) ([^,]{1,80}), ");

    private Words() {
    }

    /** "today", "yesterday", "3 days ago" up to two weeks, then "3 weeks ago", "on 2 October" (see {@link Prose#ago}). */
    static String ago(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(date, today);
        return days >= 2 && days <= 14 ? days + " days ago" : Prose.ago(date, today);
    }

    /** "yesterday" or "the other day", for a note written today. */
    static String recently(LocalDate today, LocalDate date) {
        return ChronoUnit.DAYS.between(date, today) <= 1 ? "yesterday" : "the other day";
    }

    /** "March 2024". */
    static String month(LocalDate date) {
        return Prose.month(date) + " " + date.getYear();
    }

    /** "14 months" or "2 years" between two dates. */
    static String span(LocalDate from, LocalDate to) {
        long months = ChronoUnit.MONTHS.between(from, to);
        return months < 24 ? months + " months" : months / 12 + " years";
    }

    /** " — “text” —" for quoting a note inside a reason, or "" when there is no text. */
    static String quote(String text) {
        return text == null || text.isBlank() ? "" : " — “" + text.strip() + "” —";
    }

    /** " (text)" or "" when there is no text. */
    static String paren(String text) {
        return text == null || text.isBlank() ? "" : " (" + text.strip() + ")";
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /**
     * One message to one person from two drafts to them, {@code lead} first: the second's greeting is
     * dropped. A one-sentence lead runs on with " — and " ("Hi Ana, sorry for the slow reply to your
     * email — and congratulations on your article!"); a longer lead is followed by "Also, ". Either
     * draft may be blank, when the other is the message.
     */
    public static String fold(String lead, String other) {
        if (lead == null || lead.isBlank()) {
            return other == null ? "" : other.strip();
        }
        if (other == null || other.isBlank()) {
            return lead.strip();
        }
        String first = lead.strip();
        String rest = withoutGreeting(other.strip());
        String body = withoutGreeting(first);
        boolean oneSentence = !body.substring(0, Math.max(0, body.length() - 1)).matches("(?s).*[.!?] .*");
        if (oneSentence) {
            return Prose.tidy(first.replaceAll("[.!]$", "") + " — and " + Prose.uncapitalized(rest));
        }
        return Prose.tidy(first + " Also, " + Prose.uncapitalized(rest));
    }

    /**
     * One message from several drafts to the same person, in order, each folded onto the ones before
     * it ({@link #fold(String, String)}): put an owed reply first, so that its apology leads.
     */
    public static String fold(java.util.List<String> drafts) {
        String message = "";
        for (String d : drafts) {
            message = fold(message, d);
        }
        return message;
    }

    /** The draft without its greeting: "Hi Ana, thanks for …" gives "thanks for …". */
    public static String withoutGreeting(String draft) {
        Matcher m = GREETING.matcher(draft);
        return m.find() ? draft.substring(m.end()) : draft;
    }

    /**
     * The opener of a reply that is owed, to lead a folded message: "Hi Ana, thanks for your email about
     * the budget" or, after more than two days, "Hi Ana, sorry for the slow reply to your email about the
     * budget"; for a call, "Hi Tom, sorry I missed your call". No closing punctuation: {@link #fold}
     * joins the next draft to it, or the caller ends it.
     */
    public static String replyOpener(String firstName, String kind, String summary, long daysWaiting) {
        String what = switch (kind) {
            case "call" -> "call";
            case "message" -> "message";
            default -> "email";
        };
        String topic = Prose.topic(summary);
        String about = topic == null ? "" : " about " + topic;
        if (what.equals("call")) {
            return "Hi " + firstName + ", sorry I missed your call" + about;
        }
        return "Hi " + firstName + ", " + (daysWaiting > 2 ? "sorry for the slow reply to your " + what
                : "thanks for your " + what) + about;
    }

    /**
     * Someone's recent news as the opening of a note about something else: "congratulations on your
     * article on digital preservation!", "I hope your talk on IIIF went well!". The user's milestone
     * {@code text} (may be null) names the news only when it has a recognizable shape; it is never
     * pasted in whole.
     */
    public static String newsOpener(dev.kith.milestones.MilestoneKind kind, String text) {
        return CongratulateKind.opener(kind, text);
    }
}
