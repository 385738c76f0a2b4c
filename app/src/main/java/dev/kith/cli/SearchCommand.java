package dev.kith.cli;

import dev.kith.search.SearchHit;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith search QUERY}. */
@Command(name = "search", description = "Search names, organizations, tags, interests, notes and interactions. "
        + "Every word must match the start of a word.", mixinStandardHelpOptions = true)
final class SearchCommand extends BookCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to look for.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void execute(Session session) {
        List<SearchHit> hits = session.book().search().search(String.join(" ", words), limit);
        if (session.json()) {
            session.printJson(hits);
            return;
        }
        if (hits.isEmpty()) {
            session.out().println("No contact matches '" + String.join(" ", words) + "'.");
            return;
        }
        Table table = new Table("ID", "NAME", "ORGANIZATION", "MATCHED IN");
        for (SearchHit h : hits) {
            table.row("#" + h.id(), h.name() + (h.archived() ? " (archived)" : ""), h.organization(), h.matchedIn());
        }
        table.print(session.out());
    }
}
