package dev.kith.search;

import dev.kith.store.Database;
import dev.kith.store.Dialect;
import java.util.Collection;
import java.util.List;

/**
 * Full-text search over the contacts of one book: names, organizations, titles, tags, interests,
 * notes, how we met, interaction summaries and milestone texts. SQLite uses FTS5, PostgreSQL a
 * weighted {@code tsvector} with a GIN index; both hold the same normalized words and match every
 * query word as a prefix, ignoring case and accents.
 */
public interface SearchIndex {

    /** Rebuilds the documents of these contacts inside the caller's transaction. */
    void reindex(Collection<Long> contactIds);

    /**
     * Indexes contacts created in the caller's transaction from what was written ({@link NewContact}),
     * without reading them back: the same documents {@link #reindex} would build, for bulk inserts.
     * Contacts that already have interactions, milestones or several jobs need {@link #reindex}.
     */
    void indexNew(List<NewContact> contacts);

    /**
     * Runs {@code work} in one transaction, collecting the contacts it reindexes and rebuilding each
     * of their documents once at the end: for imports and other bulk writes.
     */
    <T> T deferring(java.util.function.Supplier<T> work);

    /** Rebuilds every document of the book. */
    void reindexAll();

    /**
     * The best {@code limit} contacts matching all words of {@code query}, best first; an empty list
     * when nothing matches. Best means the narrowest tier of fields that holds every word: the name
     * (score 4), then the name with organizations, titles, tags and interests (3), then with notes,
     * how-met and location too (2), then anywhere, interaction summaries and milestones included (1).
     * Within a tier, by name. A person found by name comes before one whose notes mention the name.
     * A query with no letter or digit is a {@link dev.kith.core.ValidationException}.
     */
    List<SearchHit> search(String query, int limit);

    /**
     * The contact list's search: {@link #search}'s order, but only active contacts (not archived, not
     * "me"), and how many of them match in all: what a search page shows ("50 of 481").
     */
    Page page(String query, int limit);

    /** The best hits of a search, and how many active contacts match in all. */
    record Page(List<SearchHit> hits, int total) {
        public Page {
            hits = List.copyOf(hits);
        }
    }

    static SearchIndex of(Database db, long book) {
        return db.dialect() == Dialect.SQLITE ? new SqliteSearchIndex(db, book) : new PostgresSearchIndex(db, book);
    }
}
