package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith contacts edit NAME|ID ...}: change any field; an empty text clears it. */
@Command(name = "edit", description = "Change a contact. A new --org or --title is kept in the job history.",
        mixinStandardHelpOptions = true)
final class ContactsEdit extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME|ID", description = "An id, an exact name or a unique prefix.")
    String who;

    @Option(names = "--name", paramLabel = "NAME", description = "New display name.")
    String name;
    @Mixin
    ContactOptions f;
    @Option(names = "--remove-email", paramLabel = "E", description = "Remove an email address (repeatable).")
    List<String> removeEmails = new ArrayList<>();
    @Option(names = "--remove-phone", paramLabel = "P", description = "Remove a phone number (repeatable).")
    List<String> removePhones = new ArrayList<>();
    @Option(names = "--remove-tag", paramLabel = "T", description = "Remove a tag (repeatable).")
    List<String> removeTags = new ArrayList<>();
    @Option(names = "--remove-interest", paramLabel = "I", description = "Remove an interest (repeatable).")
    List<String> removeInterests = new ArrayList<>();
    @Option(names = "--default-cadence", description = "Use the circle's cadence again.")
    boolean defaultCadence;
    @Option(names = "--do-not-contact", negatable = true, description = "Mark or unmark as do-not-contact.")
    Boolean doNotContact;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Contact c = book.contacts().resolve(who);
        Contact edited = book.journal().record("edited " + c.name(), dev.kith.journal.Scope.contacts(c.id()), () -> {
            Long through = f.metThrough == null ? null : book.contacts().resolve(f.metThrough).id();
            ContactPatch patch = ContactPatch.builder().name(name).givenName(f.given).familyName(f.family)
                    .organization(f.org).title(f.title).location(f.location).linkedinUrl(f.linkedin)
                    .website(f.website).howMet(f.metAt).metThroughId(through).firstMet(f.firstMet).circle(f.circle)
                    .cadenceDays(f.cadence).clearCadence(defaultCadence).doNotContact(doNotContact).notes(f.notes)
                    .addEmails(f.emails).removeEmails(removeEmails).addPhones(f.phones).removePhones(removePhones)
                    .addTags(f.tags).removeTags(removeTags).addInterests(f.interests).removeInterests(removeInterests)
                    .build();
            if (patch.isEmpty()) {
                throw new ValidationException("NAME|ID", "nothing to change: give at least one option, see --help");
            }
            return book.contacts().edit(c.id(), patch);
        });
        if (session.json()) {
            session.printJson(edited);
        } else {
            session.out().println("Updated " + edited.name() + " (#" + edited.id() + ")");
        }
    }
}
