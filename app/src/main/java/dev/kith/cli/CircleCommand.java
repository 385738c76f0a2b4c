package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.today.Action;
import dev.kith.today.FirstCircle;
import dev.kith.today.Person;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith circle [PERSON...]}: the close circle Today suggests, or put these people in it. */
@Command(name = "circle", description = {"Choose your close circle: the people you keep in touch with about every"
        + " month. Without PERSON, shows who Today suggests; with names or ids, puts them in the close circle.",
        "To take all of Today's suggestions: kith done choose-circle:close"}, mixinStandardHelpOptions = true)
final class CircleCommand extends BookCommand {
    @Parameters(arity = "0..*", paramLabel = "PERSON", description = "A name or id; repeat for each person.")
    List<String> people;

    /** What {@code kith circle --json} prints: the people suggested or chosen. */
    record CircleView(String action, List<Person> people) {
    }

    @Override
    void execute(Session session) {
        Kith book = session.book();
        if (people == null || people.isEmpty()) {
            var today = book.today();
            Action suggestion = today.candidates(today.snapshot()).stream()
                    .filter(a -> a.kind().equals("choose-circle")).findFirst().orElse(null);
            if (session.json()) {
                session.printJson(new CircleView(suggestion == null ? null : suggestion.id(),
                        suggestion == null ? List.of() : suggestion.people()));
                return;
            }
            if (suggestion == null) {
                session.out().println("Nothing to suggest: your book already has people in circles"
                        + " (kith contacts list --circle close).");
                return;
            }
            session.out().println(suggestion.reason() + ".");
            session.out().println();
            for (Person p : suggestion.people()) {
                session.out().println("  #" + p.id() + "  " + p.name());
            }
            session.out().println();
            session.out().println("Choose with 'kith circle ID ID …', or take them all with 'kith done " + suggestion.id()
                    + "'.");
            return;
        }
        List<Long> ids = people.stream().map(p -> book.contacts().resolve(p).id()).toList();
        List<Contact> chosen = new FirstCircle(book.book(), book.contacts()).choose(ids);
        if (session.json()) {
            session.printJson(new CircleView(null, chosen.stream().map(c -> new Person(c.id(), c.name())).toList()));
            return;
        }
        session.out().println("In your close circle now: " + String.join(", ", chosen.stream().map(Contact::name)
                .toList()) + ". Today will remind you when it's time to get in touch.");
    }
}
