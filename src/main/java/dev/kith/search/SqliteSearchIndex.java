package dev.kith.search;

import dev.kith.store.Database;
import java.util.List;
import java.util.stream.Collectors;

/** FTS5: every word a quoted prefix term, ranked by bm25 with names weighted highest. */
final class SqliteSearchIndex extends AbstractSearchIndex {
    SqliteSearchIndex(Database db, long book) {
        super(db, book);
    }

    @Override
    String idColumn() {
        return "rowid";
    }

    @Override
    String matchExpression(List<String> words) {
        return words.stream().map(w -> "\"" + w + "\"*").collect(Collectors.joining(" "));
    }

    @Override
    String countSql() {
        return """
                SELECT count(*) FROM contact_search s JOIN contacts c ON c.id = s.rowid
                WHERE contact_search MATCH :q AND s.book_id = :book AND c.archived = :no
                  AND c.id <> coalesce((SELECT me_contact_id FROM books WHERE id = :book), -1)""";
    }

    @Override
    String matchSql() {
        return """
                SELECT s.rowid AS contact_id, c.display_name, c.archived, %s AS org,
                       s.name, s.organization, s.topics, s.notes, s.activity,
                       -bm25(contact_search, 0.0, 10.0, 5.0, 5.0, 2.0, 1.0) AS score
                FROM contact_search s JOIN contacts c ON c.id = s.rowid
                WHERE contact_search MATCH :q AND s.book_id = :book
                ORDER BY score DESC, c.name_key LIMIT :limit""".formatted(currentOrganizationSql("c.id"));
    }
}
