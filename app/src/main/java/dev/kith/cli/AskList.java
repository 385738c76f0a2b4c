package dev.kith.cli;

import dev.kith.network.Ask;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith ask list [--all]}. */
@Command(name = "list", description = "List the asks still waiting for an answer.", mixinStandardHelpOptions = true)
final class AskList extends BookCommand {
    @Option(names = "--all", description = "Include answered asks.")
    boolean all;

    @Override
    void execute(Session session) {
        var referrals = session.book().network().referrals();
        List<Ask> asks = all ? referrals.all() : referrals.open();
        if (session.json()) {
            session.printJson(asks);
            return;
        }
        Table table = new Table("ID", "ASKED", "ABOUT", "ON", "ANSWER");
        for (Ask a : asks) {
            table.row("#" + a.id(), a.contactName(), a.topic(), a.askedOn(),
                    a.open() ? "open" : (a.nothingCameOfIt() ? "nothing came of it" : a.suggestedName())
                            + " (" + a.answeredOn() + ")");
        }
        table.print(session.out());
        session.out().println(asks.size() + (all ? "" : " open") + (asks.size() == 1 ? " ask" : " asks"));
    }
}
