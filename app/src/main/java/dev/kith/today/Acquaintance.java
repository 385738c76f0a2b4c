package dev.kith.today;

import dev.kith.contacts.Contacts;
import dev.kith.contacts.Employment;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.Interactions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who someone is to me, for wording a draft to them after we met: their current title, and how many
 * times we were in touch before the meeting ({@code before} 0: we met for the first time). Read
 * only when a draft is written, so for the few actions a plan keeps.
 */
record Acquaintance(String title, String organization, int before) {
    /** Titles a note addresses with more formality: thanks for their time, not "a pleasure to meet you". */
    private static final Pattern SENIOR = Pattern.compile("(?i)\\b(dean|provost|president|director|chief|head"
            + "|chancellor|cio|cto|ceo|university librarian|state librarian|principal|professor|chair|vp)\\b");

    /** Nothing known: no title, and treated as a first meeting. */
    static final Acquaintance UNKNOWN = new Acquaintance(null, null, 0);

    /** Whether we were in touch before. */
    boolean known() {
        return before > 0;
    }

    /** Whether their title is a senior one (a dean, a director). */
    boolean senior() {
        return title != null && SENIOR.matcher(title).find();
    }

    /**
     * What I know of {@code c} when writing about {@code meeting}, one of their snapshot's recent
     * interactions: their current job from {@code contacts}, and the interactions before it (all of
     * theirs less those from the meeting's day on, which the snapshot holds). Null readers give
     * {@link #UNKNOWN}.
     */
    static Acquaintance of(Contacts contacts, Interactions interactions, Snapshot s, Snapshot.ContactFacts c,
                           Interaction meeting) {
        if (contacts == null || interactions == null) {
            return UNKNOWN;
        }
        Employment job = contacts.find(c.id()).flatMap(dev.kith.contacts.Contact::currentJob).orElse(null);
        List<Interaction> recent = s.recent(c.id());
        long since = recent.stream().filter(i -> !i.date().isBefore(meeting.date())).count();
        int before = (int) Math.max(0, interactions.countWith(c.id()) - since - future(s, c));
        return new Acquaintance(job == null ? null : job.title(), job == null ? null : job.organization(), before);
    }

    /** Planned meals after today count with {@code countWith} but not as being in touch before. */
    private static int future(Snapshot s, Snapshot.ContactFacts c) {
        return c.lastMeal() != null && c.lastMeal().isAfter(s.today()) ? 1 : 0;
    }
}
