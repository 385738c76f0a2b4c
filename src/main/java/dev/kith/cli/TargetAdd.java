package dev.kith.cli;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.core.NotFoundException;
import dev.kith.core.ValidationException;
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
        Target t = add(session.book(), targets);
        if (session.json()) {
            session.printJson(t);
        } else {
            session.out().println("Target #" + t.id() + ": " + t.label() + (t.contactId() != null ? " (in your book)" : ""));
        }
    }

    private Target add(Book book, Targets targets) {
        int kinds = (name != null ? 1 : 0) + (industry != null ? 1 : 0) + (role != null ? 1 : 0);
        if (kinds > 1) {
            throw new ValidationException(name != null ? "NAME" : "industry",
                    "give one of NAME, --industry or --role (--org may go with NAME or --role)");
        }
        if (industry != null) {
            if (org != null) {
                throw new ValidationException("org", "an industry target takes no --org");
            }
            return targets.addIndustry(industry, note);
        }
        if (role != null) {
            return targets.addRole(role, org, note);
        }
        if (name != null) {
            if (org != null) {
                return targets.addPerson(name, org, note);
            }
            Contact c;
            try {
                c = book.contacts().resolve(name);
            } catch (NotFoundException e) {
                throw new ValidationException("org", "'" + name.strip() + "' is not in your book: give their"
                        + " organization with --org so Kith can find a way in");
            }
            if (book.me().filter(me -> me == c.id()).isPresent()) {
                throw new ValidationException("NAME", c.name() + " is you");
            }
            return targets.addContact(c.id(), note);
        }
        if (org != null) {
            return targets.addOrganization(org, note);
        }
        throw new ValidationException("NAME", "give a person, --org, --industry or --role");
    }
}
