package dev.kith.cli;

import dev.kith.book.Book;
import dev.kith.contacts.Circle;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith contacts add NAME ...}. */
@Command(name = "add", description = "Add a contact.", mixinStandardHelpOptions = true)
final class ContactsAdd extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Display name, e.g. \"Ana Lima\".")
    String name;

    @Option(names = "--given", paramLabel = "NAME", description = "Given name (default: from NAME).")
    String given;

    @Option(names = "--family", paramLabel = "NAME", description = "Family name (default: from NAME).")
    String family;

    @Option(names = "--email", paramLabel = "E", description = "Email address (repeatable).")
    List<String> emails = new ArrayList<>();

    @Option(names = "--phone", paramLabel = "P", description = "Phone number (repeatable).")
    List<String> phones = new ArrayList<>();

    @Option(names = "--org", paramLabel = "ORG", description = "Organization they work for.")
    String org;

    @Option(names = "--title", paramLabel = "T", description = "Job title.")
    String title;

    @Option(names = "--tag", paramLabel = "T", description = "Tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--interest", paramLabel = "I", description = "Interest, e.g. \"email migration\" (repeatable).")
    List<String> interests = new ArrayList<>();

    @Option(names = "--met-at", paramLabel = "TEXT", description = "How or where we met.")
    String metAt;

    @Option(names = "--met-through", paramLabel = "NAME", description = "The contact who introduced us.")
    String metThrough;

    @Option(names = "--first-met", paramLabel = "YYYY-MM-DD", description = "When we first met.")
    LocalDate firstMet;

    @Option(names = "--circle", paramLabel = "C", description = "inner, close, network (default) or acquaintance.")
    Circle circle;

    @Option(names = "--cadence", paramLabel = "DAYS", description = "Keep in touch every DAYS days (default: the circle's).")
    Integer cadence;

    @Option(names = "--location", paramLabel = "L", description = "City or place.")
    String location;

    @Option(names = "--linkedin", paramLabel = "URL", description = "LinkedIn profile URL.")
    String linkedin;

    @Option(names = "--website", paramLabel = "URL", description = "Website.")
    String website;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes: context, consent, what they care about.")
    String notes;

    @Option(names = "--do-not-contact", description = "Never suggest contacting this person.")
    boolean doNotContact;

    @Override
    void execute(Session session) {
        Book book = session.book();
        Contact added = book.atomically(() -> {
            Long through = metThrough == null ? null : book.contacts().resolve(metThrough).id();
            ContactDraft draft = ContactDraft.builder(name).givenName(given).familyName(family).emails(emails)
                    .phones(phones).organization(org).title(title).tags(tags).interests(interests).howMet(metAt)
                    .metThroughId(through).firstMet(firstMet).circle(circle).cadenceDays(cadence).location(location)
                    .linkedinUrl(linkedin).website(website).notes(notes).doNotContact(doNotContact).build();
            return book.contacts().add(draft);
        });
        if (session.json()) {
            session.printJson(added);
        } else {
            session.out().println("Added " + added.name() + " (#" + added.id() + ")");
        }
    }
}
