package dev.kith.search;

import dev.kith.store.Database;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * tsvector with weights A (name), B (organization and topics), C (notes) and D (activity); prefix
 * matching with {@code :*}, and each tier the query restricted to the weights it spans ({@code :*AB}).
 */
final class PostgresSearchIndex extends AbstractSearchIndex {
    PostgresSearchIndex(Database db, long book) {
        super(db, book);
    }

    @Override
    String idColumn() {
        return "contact_id";
    }

    @Override
    Page find(Handle h, List<String> words, int limit, boolean activeOnly) {
        int[] total = {0};
        List<SearchHit> hits = h.createQuery("""
                        SELECT s.contact_id, c.display_name, c.archived, %s AS org,
                               s.name, s.organization, s.topics, s.notes, s.activity,
                               CASE WHEN s.document @@ q4 THEN 4 WHEN s.document @@ q3 THEN 3
                                    WHEN s.document @@ q2 THEN 2 ELSE 1 END AS score,
                               count(*) FILTER (WHERE %s) OVER () AS total
                        FROM contact_search s JOIN contacts c ON c.id = s.contact_id,
                             to_tsquery('simple', :q) q, to_tsquery('simple', :q4) q4,
                             to_tsquery('simple', :q3) q3, to_tsquery('simple', :q2) q2
                        WHERE s.book_id = :book AND s.document @@ q%s
                        ORDER BY score DESC, c.name_key, c.id LIMIT :limit"""
                        .formatted(currentOrganizationSql("c.id"), ACTIVE, activeOnly ? " AND " + ACTIVE : ""))
                .bind("q", terms(words, ""))
                .bind("q4", terms(words, "A"))
                .bind("q3", terms(words, "AB"))
                .bind("q2", terms(words, "ABC"))
                .bind("book", book)
                .bind("no", false)
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    total[0] = rs.getInt("total");
                    return hit(rs, words, rs.getInt("score"));
                })
                .list();
        return new Page(hits, total[0]);
    }

    /** Every word as a prefix, restricted to {@code weights} (all when empty). */
    private static String terms(List<String> words, String weights) {
        return words.stream().map(w -> w + ":*" + weights).collect(Collectors.joining(" & "));
    }
}
