package dev.kith.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.kith.app.Kith;
import dev.kith.contacts.Circle;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.NotFoundException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith me [NAME]}: show or set who "me" is in this book. */
@Command(name = "me", description = "Show or set who you are in this book (created if not yet a contact), and"
        + " all of your own email addresses.", mixinStandardHelpOptions = true)
final class MeCommand extends BookCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Your name, or the id of your contact.")
    String name;

    @Option(names = "--email", paramLabel = "ADDR", description = "One of your addresses (work, home, aliases); repeat"
            + " for each. Replaces the addresses declared before. Mail from any of them is yours.")
    List<String> emails;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        if (emails != null) {
            book.capture().addresses().set(emails);
        }
        if (name == null && emails != null && book.me().isEmpty()) {
            print(session, null, book.capture().addresses().list());
            return;
        }
        if (name == null) {
            Contact me = book.me().map(book.contacts()::get)
                    .orElseThrow(() -> new NotFoundException("'me' is not set yet; run: kith me \"Your Name\""));
            print(session, me, book.capture().addresses().list());
            return;
        }
        Contact me = book.atomically(() -> {
            Contact c = book.contacts().exact(name).orElse(null);
            if (c == null) {
                Contact near;
                try {
                    near = book.contacts().resolve(name);
                } catch (NotFoundException e) {
                    near = null;
                }
                if (near != null) {
                    throw new dev.kith.core.ValidationException("NAME", "'" + name.strip() + "' is not a whole name;"
                            + " did you mean " + near.name() + "? Run: kith me \"" + near.name() + "\" (or give"
                            + " your full name to add yourself)");
                }
                c = book.contacts().add(ContactDraft.builder(name).circle(Circle.INNER).build());
            }
            book.setMe(c.id());
            return c;
        });
        print(session, me, book.capture().addresses().list());
    }

    private static void print(Session session, Contact me, List<String> addresses) {
        if (session.json()) {
            session.printJson(new Me(me, addresses));
            return;
        }
        if (me != null) {
            session.out().println("You are " + me.name() + " (#" + me.id() + ")");
        }
        session.out().println(addresses.isEmpty() ? "Your addresses: none declared (kith me --email ADDR)"
                : "Your addresses: " + String.join(", ", addresses));
    }

    /** The JSON answer: the contact who is me (its fields, as {@code contacts show}), then my addresses. */
    record Me(@JsonUnwrapped Contact contact, List<String> addresses) {
    }
}
