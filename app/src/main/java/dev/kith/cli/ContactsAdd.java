package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.AlreadyRecordedException;
import java.util.List;
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

    @Option(names = "--duplicate-ok", description = "Add even when someone active has the same name or email.")
    boolean duplicateOk;

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
            List<Contact> same = book.contacts().duplicatesOf(draft);
            if (!same.isEmpty() && !duplicateOk) {
                throw new AlreadyRecordedException("NAME", "already in the book: " + String.join("; ", same.stream()
                        .map(ContactsAdd::describe).toList()) + ". Add anyway with --duplicate-ok, or edit that"
                        + " contact ('kith contacts edit #" + same.get(0).id() + " ...'); two already in the book are"
                        + " joined with 'kith contacts merge A B'");
            }
            Contact c = book.contacts().add(draft);
            book.journal().created(java.util.List.of(c.id()));
            return c;
        });
        if (!session.json() && duplicateOk) {
            List<Contact> others = book.contacts().duplicatesOf(ContactDraft.builder(added.name()).emails(added.emails())
                    .build()).stream().filter(o -> o.id() != added.id()).toList();
            if (!others.isEmpty()) {
                spec.commandLine().getErr().println("warning: also in the book: " + String.join("; ",
                        others.stream().map(ContactsAdd::describe).toList()));
            }
        }
        if (session.json()) {
            session.printJson(added);
        } else {
            session.out().println("Added " + added.name() + " (#" + added.id() + ")");
        }
    }

    /** "Priya Raman (#3, Acme Library, priya@acme.example)". */
    static String describe(Contact c) {
        List<String> parts = new java.util.ArrayList<>(List.of("#" + c.id()));
        c.currentJob().map(j -> j.organization()).ifPresent(parts::add);
        parts.addAll(c.emails().stream().limit(1).toList());
        return c.name() + " (" + String.join(", ", parts) + ")";
    }
}
