package dev.kith.cli;

import dev.kith.network.Target;
import dev.kith.network.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith target add NAME | --org ORG | --industry I | --role R [--note TEXT]}. */
@Command(name = "add", description = "Add a target: a person (a contact, or a name plus --org), or anyone at"
        + " --org, in --industry or with --role (optionally at --org).", mixinStandardHelpOptions = true)
final class TargetAdd extends BookCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The person: a contact, or anyone with --org.")
    String name;

    @Option(names = "--org", paramLabel = "ORG", description = "Their organization, or the organization to reach.")
    String org;

    @Option(names = "--industry", paramLabel = "I", description = "An industry to reach.")
    String industry;

    @Option(names = "--role", paramLabel = "R", description = "A role (job title) to reach, e.g. \"head of data\".")
    String role;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why you want to meet them: the intro draft says it.")
    String note;

    @Override
    void execute(Session session) {
        Targets targets = session.book().network().targets();
        Target t = targets.add(name, org, industry, role, note);
        if (session.json()) {
            session.printJson(t);
        } else {
            session.out().println("Target #" + t.id() + ": " + t.label() + (t.contactId() != null ? " (in your book)" : ""));
        }
    }
}
