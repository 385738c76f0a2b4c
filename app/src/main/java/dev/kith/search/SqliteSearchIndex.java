package dev.kith.search;

import dev.kith.store.Database;
import dev.kith.store.IdSets;
import dev.kith.store.PerVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * FTS5: every word a quoted prefix term; each tier a column filter over the fields it spans. A tier
 * is read in name order through the (book, name) index or, when it is small, through its matches:
 * ranking every match with bm25 cost 2 µs a document, 10 ms for a prefix that half the book matches.
 */
final class SqliteSearchIndex extends AbstractSearchIndex {
    /** FTS5's names of the fields tier 4, 3 and 2 span; tier 1 spans them all. */
    private static final String[] TIER_COLUMNS = {"{name}", "{name organization topics}",
            "{name organization topics notes}"};
    /** Above this many matches a tier is read by walking the name index, below it by looking each match up. */
    private static final int SMALL_TIER = 500;
    /** Up to this many contacts left out of totals are subtracted by id; more (other books) are joined. */
    private static final int MAX_LEFT_OUT = 1000;

    /** The ids totals leave out, as JSON: archived people, "me" and other books'; null when too many. */
    private final PerVersion<Optional<String>> leftOut;

    SqliteSearchIndex(Database db, long book) {
        super(db, book);
        this.leftOut = new PerVersion<>(db);
    }

    @Override
    String idColumn() {
        return "rowid";
    }

    @Override
    Page find(Handle h, List<String> words, int limit, boolean activeOnly) {
        String terms = words.stream().map(w -> "\"" + w + "\"*").collect(Collectors.joining(" "));
        String[] tiers = new String[4];
        for (int i = 0; i < 3; i++) {
            tiers[i] = TIER_COLUMNS[i] + " : (" + terms + ")";
        }
        tiers[3] = terms;
        List<Long> ids = new ArrayList<>();
        Map<Long, Integer> score = new HashMap<>();
        for (int t = 0; t < tiers.length && ids.size() < limit; t++) {
            for (long id : tier(h, tiers[t], t == 0 ? null : tiers[t - 1], limit - ids.size(), activeOnly)) {
                ids.add(id);
                score.put(id, 4 - t);
            }
        }
        int total = total(h, terms);
        if (ids.isEmpty()) {
            return new Page(List.of(), total);
        }
        // the activity text, long and last in matchedIn's order, is read only for hits found nowhere else
        List<Long> anywhere = ids.stream().filter(id -> score.get(id) == 1).toList();
        Map<Long, SearchHit> hits = new HashMap<>();
        h.createQuery("""
                        SELECT c.id AS contact_id, c.display_name, c.archived, %s AS org,
                               s.name, s.organization, s.topics, s.notes,
                               CASE WHEN %s THEN s.activity END AS activity
                        FROM contacts c CROSS JOIN contact_search s
                        WHERE %s AND s.rowid = c.id""".formatted(currentOrganizationSql("c.id"),
                        IdSets.in(db.dialect(), "c.id", "anywhere"), IdSets.in(db.dialect(), "c.id", "ids")))
                .bind("ids", IdSets.json(ids))
                .bind("anywhere", IdSets.json(anywhere))
                .map((rs, ctx) -> hit(rs, words, score.get(rs.getLong("contact_id"))))
                .forEach(hit -> hits.put(hit.id(), hit));
        return new Page(ids.stream().map(hits::get).toList(), total);
    }

    /**
     * How many active contacts of the book match {@code terms}: every match counted, less those in the
     * (usually short) list of contacts left out, a check per match instead of reading each one's row.
     */
    private int total(Handle h, String terms) {
        Optional<String> out = leftOut.get(book, () -> Optional.ofNullable(h.createQuery("""
                        SELECT CASE WHEN count(*) <= %d THEN json_group_array(id) END FROM contacts
                        WHERE book_id <> :book OR archived <> :no
                           OR id = coalesce((SELECT me_contact_id FROM books WHERE id = :book), -1)"""
                        .formatted(MAX_LEFT_OUT))
                .bind("book", book).bind("no", false).mapTo(String.class).one()));
        if (out.isPresent()) {
            return h.createQuery("SELECT count(*) FROM contact_search WHERE contact_search MATCH :q"
                            + " AND rowid NOT IN (SELECT value FROM json_each(:out))")
                    .bind("q", terms).bind("out", out.get()).mapTo(Integer.class).one();
        }
        return h.createQuery("SELECT count(*) FROM contact_search s CROSS JOIN contacts c"
                        + " WHERE contact_search MATCH :q AND c.id = s.rowid AND c.book_id = :book AND " + ACTIVE)
                .bind("q", terms).bind("book", book).bind("no", false).mapTo(Integer.class).one();
    }

    /**
     * The first {@code need} contacts of the book, by name, matching {@code match} but not
     * {@code previous} (the tier above, null for the first); only active ones if {@code activeOnly}.
     */
    private List<Long> tier(Handle h, String match, String previous, int need, boolean activeOnly) {
        String notAbove = previous == null ? ""
                : " AND %s NOT IN (SELECT rowid FROM contact_search WHERE contact_search MATCH :previous)";
        var count = h.createQuery("SELECT count(*) FROM (SELECT rowid FROM contact_search"
                + " WHERE contact_search MATCH :match" + notAbove.formatted("rowid") + " LIMIT " + SMALL_TIER + ")");
        int size = tierArguments(count, match, previous).mapTo(Integer.class).one();
        if (size == 0) {
            return List.of();
        }
        String active = activeOnly ? " AND " + ACTIVE : "";
        String sql = size < SMALL_TIER
                ? "SELECT c.id FROM contact_search s CROSS JOIN contacts c WHERE contact_search MATCH :match"
                        + notAbove.formatted("s.rowid") + " AND c.id = s.rowid AND c.book_id = :book" + active
                        + " ORDER BY c.name_key, c.id LIMIT :need"
                : "SELECT c.id FROM contacts c WHERE c.book_id = :book"
                        + " AND c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH :match)"
                        + notAbove.formatted("c.id") + active + " ORDER BY c.name_key, c.id LIMIT :need";
        var query = tierArguments(h.createQuery(sql), match, previous).bind("book", book).bind("need", need);
        return (activeOnly ? query.bind("no", false) : query).mapTo(Long.class).list();
    }

    private static org.jdbi.v3.core.statement.Query tierArguments(org.jdbi.v3.core.statement.Query query, String match,
                                                                  String previous) {
        query.bind("match", match);
        return previous == null ? query : query.bind("previous", previous);
    }
}
