package dev.kith.cli;

import dev.kith.network.Ask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith ask close ID}: nothing came of an ask. */
@Command(name = "close", description = "Close an open ask that led to nobody.", mixinStandardHelpOptions = true)
final class AskClose extends BookCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The ask, as kith ask list shows it (#3 or 3).")
    String id;

    @Override
    void execute(Session session) {
        String digits = id.strip().replace("#", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new dev.kith.core.ValidationException("ID", "'" + id + "' is not an ask id such as #3");
        }
        Ask ask = session.book().network().referrals().close(Long.parseLong(digits));
        if (session.json()) {
            session.printJson(ask);
        } else {
            session.out().println("Closed ask #" + ask.id() + " to " + ask.contactName() + " about " + ask.topic()
                    + ": nothing came of it");
        }
    }
}
