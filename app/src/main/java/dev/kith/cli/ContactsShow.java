package dev.kith.cli;

import dev.kith.contacts.Contact;
import dev.kith.contacts.Employment;
import dev.kith.interactions.Interaction;
import dev.kith.milestones.Milestone;
import dev.kith.tasks.Task;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith contacts show NAME|ID}. */
@Command(name = "show", description = "Show everything about one contact.", mixinStandardHelpOptions = true)
final class ContactsShow extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME|ID", description = "An id, an exact name or a unique prefix.")
    String who;

    @Override
    void execute(Session session) {
        Contact c = session.book().contacts().resolve(who);
        ContactView view = ContactView.of(session.book(), c);
        if (session.json()) {
            session.printJson(view);
            return;
        }
        PrintWriter out = session.out();
        out.println(c.name() + "  (#" + c.id() + ")" + (c.archived() ? "  [archived]" : "")
                + (c.doNotContact() ? "  [do not contact]" : ""));
        line(out, "Works", view.organization() == null && view.title() == null ? null
                : join(view.title(), view.organization()));
        line(out, "Email", String.join(", ", c.emails()));
        line(out, "Phone", String.join(", ", c.phones()));
        line(out, "Location", c.location());
        line(out, "LinkedIn", c.linkedinUrl());
        line(out, "Website", c.website());
        line(out, "Tags", String.join(", ", c.tags()));
        line(out, "Interests", String.join(", ", c.interests()));
        line(out, "Met", join(metText(c.howMet().text()), c.howMet().throughName() == null ? null
                : "through " + c.howMet().throughName(), c.howMet().firstMet() == null ? null
                : "on " + c.howMet().firstMet()));
        line(out, "Circle", c.circle().code() + ", keep in touch every " + view.effectiveCadenceDays() + " days");
        line(out, "Last", view.lastInteraction() == null ? "never" : view.lastInteraction().toString());
        java.time.LocalDate today = session.book().clock().today();
        long overdue = java.time.temporal.ChronoUnit.DAYS.between(view.nextContactDue(), today);
        line(out, "Next due", view.nextContactDue() + (!dev.kith.today.Due.isDue(view.nextContactDue(), today) ? ""
                : "  (overdue by " + overdue + (overdue == 1 ? " day)" : " days)")));
        line(out, "Strength", view.strength().total() + "/100");
        for (dev.kith.strength.TieStrength.Part p : view.strength().parts()) {
            out.printf("    %-12s %2d/%-2d  %s%n", p.name(), p.points(), p.max(), p.explanation());
        }
        dev.kith.reciprocity.Balance give = session.book().reciprocity().of(c.id());
        line(out, "Give/ask", give.summary()
                + (give.onlyAsks() ? "  WARNING: you only ask; give first (share, introduce, congratulate)" : ""));
        line(out, "Notes", c.notes());
        if (c.jobs().size() > 1) {
            out.println("Jobs:");
            for (Employment j : c.jobs()) {
                out.println("  " + join(j.title(), j.organization()) + "  "
                        + (j.start() == null ? "?" : j.start()) + " – " + (j.end() == null ? "now" : j.end()));
            }
        }
        if (!view.milestones().isEmpty()) {
            out.println("Milestones:");
            for (Milestone m : view.milestones()) {
                out.println("  " + m.date() + "  " + m.kind().code() + (m.text() == null ? "" : "  " + m.text())
                        + (m.acknowledged() ? "" : "  (not acknowledged)") + "  (#" + m.id() + ")");
            }
        }
        if (!view.ties().isEmpty()) {
            out.println("Ties:");
            for (ContactView.TieView t : view.ties()) {
                out.println("  " + tieWords(t) + " (#" + t.other().id() + ")" + (t.since() == null ? "" : " since "
                        + t.since()) + "  (tie #" + t.id() + ")");
            }
        }
        if (!view.interactions().isEmpty()) {
            out.println("Recent interactions:");
            for (Interaction i : view.interactions()) {
                out.println("  " + i.date() + "  " + i.kind().code()
                        + (i.initiator() == dev.kith.interactions.Initiator.THEM ? " (they reached out)" : "")
                        + (i.exchange() == dev.kith.interactions.Exchange.NEUTRAL ? "" : " [" + i.exchange().code() + "]")
                        + (i.awaitingReply() ? " [awaiting my reply]" : "")
                        + (i.summary() == null ? "" : "  " + i.summary()) + "  (#" + i.id() + ")");
            }
        }
        if (!view.tasks().isEmpty()) {
            out.println("Tasks:");
            for (Task t : view.tasks()) {
                out.println("  " + t.due() + "  " + t.kind() + "  " + t.status().code()
                        + (t.note() == null ? "" : "  " + t.note()));
            }
        }
    }

    /** How a tie reads from this contact's side: "knows Tom Becker", "met through Ana Lima", "referred Bo Chen". */
    static String tieWords(ContactView.TieView t) {
        boolean mine = t.direction().equals("to");
        String other = t.other().name();
        return switch (t.kind()) {
            case KNOWS -> "knows " + other;
            case COLLEAGUE -> "colleague of " + other;
            case FAMILY -> "family of " + other;
            case MET_THROUGH -> mine ? "met through " + other : "introduced you to " + other;
            case REFERRED_BY -> mine ? "referred by " + other : "referred " + other;
            case MENTOR -> mine ? "mentor of " + other : "mentored by " + other;
        };
    }

    /** The how-met text without a leading "Met", which the label already says ("Met: at ALA Annual", not "Met: Met at …"). */
    static String metText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.regionMatches(true, 0, "met ", 0, 4) ? t.substring(4).strip() : t;
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("  %-10s %s%n", label + ":", value);
        }
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.isEmpty() ? "" : ", ").append(p);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
