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

    /**
     * Ranks on the score and name alone, then reads the documents and organizations of the page only:
     * sorting every match with its long fields, and looking up each one's organization, was most of a
     * search's cost. The total is counted in the same pass (bm25 cannot be used beside a window
     * function, hence the innermost query). The CROSS JOIN keeps SQLite from starting
     * at the contacts table.
     */
    @Override
    String matchSql() {
        return """
                SELECT m.contact_id, c.display_name, c.archived, %s AS org,
                       s.name, s.organization, s.topics, s.notes, s.activity, m.score, m.total
                FROM (SELECT contact_id, name_key, score, sum(active) OVER () AS total
                      FROM (SELECT s.rowid AS contact_id, c.name_key,
                                   -bm25(contact_search, 0.0, 10.0, 5.0, 5.0, 2.0, 1.0) AS score,
                                   c.archived = :no
                                       AND c.id <> coalesce((SELECT me_contact_id FROM books WHERE id = :book), -1) AS active
                            FROM contact_search s CROSS JOIN contacts c
                            WHERE contact_search MATCH :q AND c.id = s.rowid AND c.book_id = :book)
                      ORDER BY score DESC, name_key LIMIT :limit) m
                CROSS JOIN contacts c CROSS JOIN contact_search s
                WHERE c.id = m.contact_id AND s.rowid = m.contact_id
                ORDER BY m.score DESC, m.name_key""".formatted(currentOrganizationSql("c.id"));
    }
}
