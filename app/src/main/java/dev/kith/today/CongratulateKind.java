package dev.kith.today;

import dev.kith.core.KithClock;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.milestones.Milestone;
import dev.kith.milestones.MilestoneKind;
import dev.kith.milestones.Milestones;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code congratulate}: a milestone of the last 14 days not yet acknowledged, with a note that fits
 * it: congratulations for a job, "how did your talk go?" for a talk. Seed: "pick three people who
 * got a new job, a promotion, an award … send them a short note".
 */
public final class CongratulateKind implements ActionKind {
    private final Milestones milestones;
    private final Interactions interactions;
    private final KithClock clock;

    public CongratulateKind(Milestones milestones, Interactions interactions, KithClock clock) {
        this.milestones = milestones;
        this.interactions = interactions;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "congratulate";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Milestone m : s.unacknowledgedMilestones()) {
            Snapshot.ContactFacts c = s.contact(m.contactId());
            if (c == null || !c.reachable()) {
                continue;
            }
            long age = Words.days(m.date(), s.today());
            actions.add(new Candidate(code() + ":" + m.id(), code(), List.of(c.person()),
                    Math.max(0.3, 0.9 - 0.03 * age), 0.5 + 0.5 * c.strength() / 100.0, m.id(),
                    () -> text(s, c, m)));
        }
        return actions;
    }

    private static Candidate.Text text(Snapshot s, Snapshot.ContactFacts c, Milestone m) {
        String text = m.text() == null || m.text().isBlank() ? null : m.text().strip();
        String reason = c.name() + " " + happened(m) + " " + Words.ago(s.today(), m.date()) + Words.quote(text)
                + " and you haven't said anything yet";
        return new Candidate.Text(reason, "Hi " + c.firstName() + ", " + note(m, text));
    }

    private static String happened(Milestone m) {
        String what = switch (m.kind()) {
            case NEW_JOB -> "started a new job";
            case PROMOTION -> "was promoted";
            case AWARD -> "received an award";
            case TALK_GIVEN -> "gave a talk";
            case PUBLICATION -> "published something new";
            case ATTENDING_EVENT -> "shared news of an event";
            case MOVED -> "moved";
            case OTHER -> "shared some news";
        };
        return what;
    }

    /**
     * The note: written around the kind of news, naming it in words taken from the user's note when it
     * has a recognizable shape ("Published an article on X" is "your article on X"), else without it.
     */
    static String note(Milestone m, String text) {
        return note(m.kind(), text);
    }

    /** {@link #note(Milestone, String)} for news of {@code kind} with the user's {@code text} (may be null). */
    static String note(MilestoneKind kind, String text) {
        String what = what(kind, text);
        return switch (kind) {
            case NEW_JOB -> what == null ? "congratulations on the new job! I hope the first weeks are going well."
                    : "congratulations on " + what + "! I hope the first weeks are going well.";
            case PROMOTION -> "congratulations on " + (what == null ? "your promotion" : what) + " — well deserved!";
            case AWARD -> "congratulations on " + (what == null ? "the award" : what) + " — well deserved!";
            case TALK_GIVEN -> "how did " + (what == null ? "your talk" : what) + " go? I'd love to hear how it was"
                    + " received.";
            case PUBLICATION -> "congratulations on " + (what == null ? "your new publication" : what)
                    + "! I look forward to reading it.";
            case ATTENDING_EVENT -> upcoming(text)
                    ? "I saw you're going to " + (what == null ? "the event" : what) + " — enjoy it! I'd love to hear"
                    + " what you learn there."
                    : "how was " + (what == null ? "the event" : what) + "? I'd love to hear what you learned.";
            case MOVED -> "I hope the move went well and you're settling in!";
            case OTHER -> "I saw your news — congratulations!";
        };
    }

    private static final java.util.regex.Pattern PUBLISHED = java.util.regex.Pattern.compile(
            "(?i)^published (?:an? |the |my |their )?(.+)$");
    private static final java.util.regex.Pattern GAVE = java.util.regex.Pattern.compile(
            "(?i)^(?:gave|presented|delivered) (?:an? |the )?(talk|keynote|presentation|paper|lecture|webinar)(.*)$");
    private static final java.util.regex.Pattern RECEIVED = java.util.regex.Pattern.compile(
            "(?i)^(?:received|won|awarded|got) (?:an? |the )?(.+)$");
    private static final java.util.regex.Pattern STARTED = java.util.regex.Pattern.compile(
            "(?i)^(?:started|starting|began|now) as (?:an? |the )?(.+)$");
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile(
            "(?i)^(?:joined|moved to|started at|now at) (.+)$");
    /** What an import writes of a job change it found: "New job: Head of Design at Globex". */
    private static final java.util.regex.Pattern NEW_JOB_AT = java.util.regex.Pattern.compile(
            "(?i)^new job(?:: (.+?))? at (.+)$");
    private static final java.util.regex.Pattern PROMOTED = java.util.regex.Pattern.compile(
            "(?i)^promoted to (.+)$");
    private static final java.util.regex.Pattern LEADS = java.util.regex.Pattern.compile("(?i)^now (leads|heads) (.+)$");
    private static final java.util.regex.Pattern ATTENDING = java.util.regex.Pattern.compile(
            "(?i)^(?:attending|going to|heading to|at) (the .+?|[A-Z].+?)(?: (?:next|this|in) (?:week|month|year).*)?$");

    /**
     * The news as a noun phrase for the note ("your article on digital preservation in College &amp;
     * Research Libraries", "your new role as Head of Systems at Hill University"), or null when the
     * note has no shape this recognizes: then the note speaks of the kind of news alone.
     */
    static String what(MilestoneKind kind, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s*\\([^)]*\\)", "").replaceAll("[.!]+$", "").strip();
        if (t.isEmpty() || t.length() > 160) {
            return null;
        }
        java.util.regex.Matcher x;
        switch (kind) {
            case PUBLICATION -> {
                x = PUBLISHED.matcher(t);
                return x.matches() ? "your " + x.group(1) : null;
            }
            case TALK_GIVEN -> {
                x = GAVE.matcher(t);
                return x.matches() ? "your " + x.group(1).toLowerCase(java.util.Locale.ROOT) + x.group(2) : null;
            }
            case AWARD -> {
                x = RECEIVED.matcher(t);
                return x.matches() ? "the " + x.group(1) : null;
            }
            case NEW_JOB -> {
                x = NEW_JOB_AT.matcher(t);
                if (x.matches()) {
                    return x.group(1) == null ? "your move to " + x.group(2)
                            : "your new role as " + x.group(1) + " at " + x.group(2);
                }
                x = STARTED.matcher(t);
                if (x.matches()) {
                    return "your new role as " + x.group(1);
                }
                x = JOINED.matcher(t);
                return x.matches() ? "your move to " + x.group(1) : null;
            }
            case PROMOTION -> {
                x = PROMOTED.matcher(t);
                if (x.matches()) {
                    return "your promotion to " + x.group(1);
                }
                x = LEADS.matcher(t);
                return x.matches() ? "your new role leading " + x.group(2) : null;
            }
            case ATTENDING_EVENT -> {
                x = ATTENDING.matcher(t);
                return x.matches() ? x.group(1) : null;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The first words of a note about someone's news, to open a message about something else (an
     * article to share): "congratulations on your article on X!", "I hope your talk on X went well!".
     */
    static String opener(MilestoneKind kind, String text) {
        String what = what(kind, text);
        return switch (kind) {
            case NEW_JOB -> "congratulations on " + (what == null ? "the new job" : what) + "!";
            case PROMOTION -> "congratulations on " + (what == null ? "your promotion" : what) + "!";
            case AWARD -> "congratulations on " + (what == null ? "the award" : what) + "!";
            case TALK_GIVEN -> "I hope " + (what == null ? "your talk" : what) + " went well!";
            case PUBLICATION -> "congratulations on " + (what == null ? "your new publication" : what) + "!";
            case ATTENDING_EVENT -> upcoming(text) ? "I hear you're going to " + (what == null ? "an event" : what)
                    + " — enjoy it!" : "I hope " + (what == null ? "the event" : what) + " went well!";
            case MOVED -> "I hope the move went well!";
            case OTHER -> "congratulations on your news!";
        };
    }

    /** Whether an attending-event note speaks of an event still ahead ("next month", "will attend"). */
    static boolean upcoming(String text) {
        return text != null && FUTURE.matcher(text).find();
    }

    private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile(
            "(?i)\\b(next|upcoming|will|going to|heading|attending|soon|this coming)\\b");

    /** Acknowledges the milestone and logs the note as a message I sent today. */
    @Override
    public void complete(Action action, String note) {
        milestones.acknowledge(action.ref());
        Completions.logMine(interactions, clock, action, InteractionKind.MESSAGE, "Congratulations", note,
                Exchange.NEUTRAL);
    }
}
