package dev.kith.search;

import dev.kith.store.Database;
import java.util.List;
import java.util.stream.Collectors;

/** tsvector with weights A (name) to D (activity), prefix matching with {@code :*}, ranked by ts_rank. */
final class PostgresSearchIndex extends AbstractSearchIndex {
    PostgresSearchIndex(Database db, long book) {
        super(db, book);
    }

    @Override
    String idColumn() {
        return "contact_id";
    }

    @Override
    String matchExpression(List<String> words) {
        return words.stream().map(w -> w + ":*").collect(Collectors.joining(" & "));
    }

    @Override
    String matchSql() {
        return """
                SELECT s.contact_id, c.display_name, c.archived, %s AS org,
                       s.name, s.organization, s.topics, s.notes, s.activity,
                       ts_rank('{0.1, 0.2, 0.5, 1.0}', s.document, q) AS score,
                       count(*) FILTER (WHERE c.archived = :no
                           AND c.id <> coalesce((SELECT me_contact_id FROM books WHERE id = :book), -1)) OVER () AS total
                FROM contact_search s JOIN contacts c ON c.id = s.contact_id,
                     to_tsquery('simple', :q) q
                WHERE s.book_id = :book AND s.document @@ q
                ORDER BY score DESC, c.name_key LIMIT :limit""".formatted(currentOrganizationSql("c.id"));
    }
}
