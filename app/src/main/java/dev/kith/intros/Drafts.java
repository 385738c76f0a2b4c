package dev.kith.intros;

import dev.kith.contacts.Contact;
import dev.kith.core.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes of each introduction step: short, warm, and asking before introducing (double opt-in);
 * and the common ground of a pair in words a note can carry ({@link #why}).
 */
public final class Drafts {
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
        String a = intro.aName().split(" ")[0];
        String b = intro.bName().split(" ")[0];
        return switch (intro.state()) {
            case ASKING_A -> "Hi " + a + ", just checking whether you'd like me to introduce you to "
                    + intro.bName() + ". No pressure either way.";
            case ASKING_B -> "Hi " + b + ", just checking whether you'd like to meet "
                    + intro.aName() + ". No pressure either way.";
            default -> "Hi " + a + " and " + b + ", did you two manage to connect? I'd love to hear how it went.";
        };
    }

    private static final Pattern INTERESTED = Pattern.compile("^both interested in (.+)$");
    private static final Pattern WORK_IN = Pattern.compile("^both work in (.+)$");
    private static final Pattern SAME_INDUSTRY = Pattern.compile("^same industry: (.+)$");
    private static final Pattern CITY = Pattern.compile("^both in (.+)$");
    private static final Pattern NEWS = Pattern.compile("^both (changed jobs|were promoted|received awards|gave talks"
            + "|published|moved|shared news)(?: this month| recently.*)?$");
    private static final Pattern ASKS = Pattern.compile("^(.+?) is looking for (.+?); (.+?) offers it$");
    private static final Pattern QUOTED = Pattern.compile("^[^:·]{1,80}: ([^·]+?)(?: · [^:·]{1,80}: ([^·]+))+$");

    /**
     * A pair's common ground ({@link Suggestion#commonGround()}, strongest first) as one or two clauses a
     * note can say: "you're both interested in digital preservation and you both work in higher
     * education", "you're both working on email migration". Grounds with no natural wording (a tag, a
     * count of mutual friends, a stemmed phrase) are left out; null when none is left.
     */
    public static String ground(List<String> commonGround) {
        List<String> clauses = new ArrayList<>();
        for (String g : commonGround) {
            String c = clause(g.strip());
            if (c != null && !clauses.contains(c)) {
                clauses.add(c);
            }
            if (clauses.size() == 2) {
                break;
            }
        }
        return clauses.isEmpty() ? null : String.join(", and ", clauses);
    }

    /** {@link #ground} as a sentence to carry as the why of an introduction ("You're both …."), or null. */
    public static String why(List<String> commonGround) {
        String g = ground(commonGround);
        return g == null ? null : Prose.sentence(g);
    }

    private static String clause(String g) {
        Matcher m;
        if ((m = INTERESTED.matcher(g)).matches()) {
            return "you're both interested in " + m.group(1);
        }
        if ((m = WORK_IN.matcher(g)).matches() || (m = SAME_INDUSTRY.matcher(g)).matches()) {
            return "you both work in " + m.group(1);
        }
        if ((m = CITY.matcher(g)).matches()) {
            return "you're both based in " + m.group(1);
        }
        if ((m = NEWS.matcher(g)).matches()) {
            String news = m.group(1);
            return news.equals("were promoted") ? "you were both promoted recently"
                    : news.equals("shared news") ? null : "you both " + news + " recently";
        }
        if ((m = ASKS.matcher(g)).matches()) {
            return m.group(1) + " is looking for " + m.group(2) + ", which " + m.group(3) + " can help with";
        }
        if ((m = QUOTED.matcher(g)).matches()) {
            String shortest = null;
            for (String part : g.split(" · ")) {
                int colon = part.indexOf(": ");
                String phrase = part.substring(colon + 2).strip().replaceAll("^[\"“]|[\"”]$", "");
                if (shortest == null || phrase.length() < shortest.length()) {
                    shortest = phrase;
                }
            }
            return shortest == null || shortest.isBlank() ? null : "you're both working on " + shortest;
        }
        return null;
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
