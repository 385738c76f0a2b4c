package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Circle;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith me [NAME]}: show or set who "me" is in this book. */
@Command(name = "me", description = "Show or set who you are in this book (created if not yet a contact).",
        mixinStandardHelpOptions = true)
final class MeCommand extends BookCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Your name, or the id of your contact.")
    String name;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        if (name == null) {
            Contact me = book.me().map(book.contacts()::get)
                    .orElseThrow(() -> new NotFoundException("'me' is not set yet; run: kith me \"Your Name\""));
            print(session, me);
            return;
        }
        Contact me = book.atomically(() -> {
            Contact c;
            try {
                c = book.contacts().resolve(name);
            } catch (NotFoundException e) {
                c = book.contacts().add(ContactDraft.builder(name).circle(Circle.INNER).build());
            }
            book.setMe(c.id());
            return c;
        });
        print(session, me);
    }

    private static void print(Session session, Contact me) {
        if (session.json()) {
            session.printJson(me);
        } else {
            session.out().println("You are " + me.name() + " (#" + me.id() + ")");
        }
    }
}
