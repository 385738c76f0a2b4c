package dev.kith.cli;

import dev.kith.events.Capture;
import dev.kith.events.Met;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith met EVENT NAME [--email E] [--org O] [--title T] [--note TEXT]}: quick capture at an event. */
@Command(name = "met", description = "Capture someone you met at an event: creates them if new and logs the"
        + " encounter, so Today proposes a follow-up the next morning.", mixinStandardHelpOptions = true)
final class MetCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "EVENT", description = "An id, the name or a unique prefix.")
    String which;

    @Parameters(index = "1", paramLabel = "NAME", description = "Their full name.")
    String name;

    @Option(names = "--email", paramLabel = "E", description = "Their email; matches an existing contact first.")
    String email;

    @Option(names = "--org", paramLabel = "O", description = "Their organization (new contacts).")
    String org;

    @Option(names = "--title", paramLabel = "T", description = "Their job title (new contacts).")
    String title;

    @Option(names = "--note", paramLabel = "TEXT", description = "What you talked about.")
    String note;

    @Override
    void execute(Session session) {
        Capture capture = new Capture(name, email, org, title, note);
        var book = session.book();
        Met met = book.atomically(() -> book.events().met(book.events().resolve(which).id(), capture));
        if (session.json()) {
            session.printJson(met);
        } else {
            session.out().println((met.created() ? "Added " : "Found ") + met.contact().name() + " (#" + met.contact().id()
                    + "); met at " + met.event().name() + " on " + met.encounter().date()
                    + " — Today will propose a follow-up the next morning");
        }
    }
}
