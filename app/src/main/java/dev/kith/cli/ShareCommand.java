package dev.kith.cli;

import dev.kith.articles.Article;
import dev.kith.articles.Recipient;
import dev.kith.articles.Share;
import dev.kith.contacts.Contact;
import dev.kith.interactions.InteractionKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code kith share ARTICLE [--limit N]}: who would benefit most, with reasons; {@code --to NAME
 * [--why TEXT]} records the share as a gave interaction and prints the drafted note.
 */
@Command(name = "share", description = "Suggest who would benefit from an article, or record sharing it --to someone.",
        mixinStandardHelpOptions = true)
final class ShareCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article: id, URL or the start of its title.")
    String article;

    @Option(names = "--to", paramLabel = "NAME", description = "Record that you shared it with this person.")
    String to;

    @Option(names = "--why", paramLabel = "TEXT", description = "Why you thought of them (default: Kith's best reason).")
    String why;

    @Option(names = "--via", paramLabel = "KIND", defaultValue = "message", description = "email or message (default: ${DEFAULT-VALUE}).")
    InteractionKind via;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many suggestions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void execute(Session session) {
        if (limit < 1 || limit > 1000) {
            throw new dev.kith.core.ValidationException("limit", "must be between 1 and 1000");
        }
        Article a = session.book().articles().resolve(article);
        PrintWriter out = session.out();
        if (to != null) {
            Contact c = session.book().contacts().resolve(to);
            Share share = session.book().articles().share(a, c, why, via);
            if (session.json()) {
                session.printJson(share);
                return;
            }
            out.println("Recorded: shared \"" + a.title() + "\" with " + c.name() + " (gave, " + via.code() + ")");
            out.println();
            out.println(share.draft());
            return;
        }
        List<Recipient> recipients = session.book().articles().recipients(a, limit);
        if (session.json()) {
            session.printJson(new Recipients(a, recipients));
            return;
        }
        out.println("Who would benefit from \"" + a.title() + "\":");
        if (recipients.isEmpty()) {
            out.println("  nobody stands out (people who already got it, do-not-contact, and anyone who got a share"
                    + " in the last 14 days are left out)");
        }
        int i = 1;
        for (Recipient r : recipients) {
            out.printf("%2d. %s (#%d)  score %.2f%n", i++, r.name(), r.contactId(), r.score());
            for (String reason : r.reasons()) {
                out.println("      - " + reason);
            }
        }
        if (!recipients.isEmpty()) {
            out.println("Share: kith share " + a.id() + " --to \"" + recipients.get(0).name() + "\" --why \"...\"");
        }
    }

    /** The JSON answer: the article, then who would benefit. */
    record Recipients(Article article, List<Recipient> recipients) {
    }
}
