package dev.kith.cli;

import dev.kith.contacts.Duplicates;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kith contacts duplicates}: contacts that look like the same person, to merge with {@code contacts merge A B}. */
@Command(name = "duplicates", description = "List contacts that look like the same person: the same email, phone,"
        + " LinkedIn profile or name. Merge a pair with 'kith contacts merge A B'; the web's Duplicates page can also"
        + " set a pair apart for good.", mixinStandardHelpOptions = true)
final class ContactsDuplicates extends BookCommand {

    /** One pair as JSON: both ids and names, why they look alike, and whether that is a strong sign. */
    record PairJson(long a, String aName, long b, String bName, List<String> reasons, boolean strong) {
    }

    @Override
    void execute(Session session) {
        List<Duplicates.Pair> pairs = session.book().duplicates().find();
        if (session.json()) {
            session.printJson(pairs.stream().map(p -> new PairJson(p.left().id(), p.left().name(), p.right().id(),
                    p.right().name(), p.reasons(), p.strong())).toList());
            return;
        }
        Table table = new Table("A", "B", "WHY");
        for (Duplicates.Pair p : pairs) {
            table.row("#" + p.left().id() + " " + p.left().name(), "#" + p.right().id() + " " + p.right().name(),
                    String.join("; ", p.reasons()));
        }
        table.print(session.out());
        session.out().println(pairs.size() + (pairs.size() == 1 ? " likely duplicate" : " likely duplicates")
                + (pairs.isEmpty() ? "" : "; merge one with 'kith contacts merge A B' (A is kept)"));
    }
}
