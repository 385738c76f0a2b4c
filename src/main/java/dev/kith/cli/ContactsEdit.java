package dev.kith.cli;

import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
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
    @Option(names = "--given", paramLabel = "NAME", description = "Given name.")
    String given;
    @Option(names = "--family", paramLabel = "NAME", description = "Family name.")
    String family;
    @Option(names = "--email", paramLabel = "E", description = "Add an email address (repeatable).")
    List<String> emails = new ArrayList<>();
    @Option(names = "--remove-email", paramLabel = "E", description = "Remove an email address (repeatable).")
    List<String> removeEmails = new ArrayList<>();
    @Option(names = "--phone", paramLabel = "P", description = "Add a phone number (repeatable).")
    List<String> phones = new ArrayList<>();
    @Option(names = "--remove-phone", paramLabel = "P", description = "Remove a phone number (repeatable).")
    List<String> removePhones = new ArrayList<>();
    @Option(names = "--org", paramLabel = "ORG", description = "New organization (starts a new job today).")
    String org;
    @Option(names = "--title", paramLabel = "T", description = "New title (starts a new job today).")
    String title;
    @Option(names = "--tag", paramLabel = "T", description = "Add a tag (repeatable).")
    List<String> tags = new ArrayList<>();
    @Option(names = "--remove-tag", paramLabel = "T", description = "Remove a tag (repeatable).")
    List<String> removeTags = new ArrayList<>();
    @Option(names = "--interest", paramLabel = "I", description = "Add an interest (repeatable).")
    List<String> interests = new ArrayList<>();
    @Option(names = "--remove-interest", paramLabel = "I", description = "Remove an interest (repeatable).")
    List<String> removeInterests = new ArrayList<>();
    @Option(names = "--met-at", paramLabel = "TEXT", description = "How or where we met.")
    String metAt;
    @Option(names = "--met-through", paramLabel = "NAME", description = "The contact who introduced us.")
    String metThrough;
    @Option(names = "--first-met", paramLabel = "YYYY-MM-DD", description = "When we first met.")
    LocalDate firstMet;
    @Option(names = "--circle", paramLabel = "C", description = "inner, close, network or acquaintance.")
    Circle circle;
    @Option(names = "--cadence", paramLabel = "DAYS", description = "Keep in touch every DAYS days.")
    Integer cadence;
    @Option(names = "--default-cadence", description = "Use the circle's cadence again.")
    boolean defaultCadence;
    @Option(names = "--location", paramLabel = "L", description = "City or place.")
    String location;
    @Option(names = "--linkedin", paramLabel = "URL", description = "LinkedIn profile URL.")
    String linkedin;
    @Option(names = "--website", paramLabel = "URL", description = "Website.")
    String website;
    @Option(names = "--notes", paramLabel = "TEXT", description = "Replace the notes.")
    String notes;
    @Option(names = "--do-not-contact", negatable = true, description = "Mark or unmark as do-not-contact.")
    Boolean doNotContact;

    @Override
    void execute(Session session) {
        Book book = session.book();
        Contact edited = book.atomically(() -> {
            Contact c = book.contacts().resolve(who);
            Long through = metThrough == null ? null : book.contacts().resolve(metThrough).id();
            ContactPatch patch = ContactPatch.builder().name(name).givenName(given).familyName(family)
                    .organization(org).title(title).location(location).linkedinUrl(linkedin).website(website)
                    .howMet(metAt).metThroughId(through).firstMet(firstMet).circle(circle).cadenceDays(cadence)
                    .clearCadence(defaultCadence).doNotContact(doNotContact).notes(notes).addEmails(emails)
                    .removeEmails(removeEmails).addPhones(phones).removePhones(removePhones).addTags(tags)
                    .removeTags(removeTags).addInterests(interests).removeInterests(removeInterests).build();
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
