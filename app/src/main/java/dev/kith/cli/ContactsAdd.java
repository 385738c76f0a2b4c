package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith contacts add NAME ...}. */
@Command(name = "add", description = "Add a contact.", mixinStandardHelpOptions = true)
final class ContactsAdd extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Display name, e.g. \"Ana Lima\".")
    String name;

    @Mixin
    ContactOptions f;

    @Option(names = "--do-not-contact", description = "Never suggest contacting this person.")
    boolean doNotContact;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Contact added = book.journal().record("added " + name.strip(), dev.kith.journal.Scope.none(), () -> {
            Long through = f.metThrough == null ? null : book.contacts().resolve(f.metThrough).id();
            ContactDraft draft = ContactDraft.builder(name).givenName(f.given).familyName(f.family).emails(f.emails)
                    .phones(f.phones).organization(f.org).title(f.title).tags(f.tags).interests(f.interests)
                    .howMet(f.metAt).metThroughId(through).firstMet(f.firstMet).circle(f.circle).cadenceDays(f.cadence)
                    .location(f.location).linkedinUrl(f.linkedin).website(f.website).notes(f.notes)
                    .doNotContact(doNotContact).build();
            Contact c = book.contacts().add(draft);
            book.journal().created(java.util.List.of(c.id()));
            return c;
        });
        if (session.json()) {
            session.printJson(added);
        } else {
            session.out().println("Added " + added.name() + " (#" + added.id() + ")");
        }
    }
}
