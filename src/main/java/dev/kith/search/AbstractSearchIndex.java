package dev.kith.search;

import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What both search indexes share: building documents and shaping hits; subclasses hold the SQL. */
abstract class AbstractSearchIndex implements SearchIndex {
    private static final int CHUNK = 500;
    protected final Database db;
    protected final long book;
    private final ThreadLocal<java.util.Set<Long>> deferred = new ThreadLocal<>();

    AbstractSearchIndex(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    @Override
    public <T> T deferring(java.util.function.Supplier<T> work) {
        if (deferred.get() != null) {
            return work.get();
        }
        return db.write(h -> {
            deferred.set(new java.util.LinkedHashSet<>());
            T result;
            java.util.Set<Long> pending;
            try {
                result = work.get();
            } finally {
                pending = deferred.get();
                deferred.remove();
            }
            reindex(pending);
            return result;
        });
    }

    @Override
    public void reindex(Collection<Long> contactIds) {
        java.util.Set<Long> pending = deferred.get();
        if (pending != null) {
            pending.addAll(contactIds);
            return;
        }
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(contactIds));
        if (ids.isEmpty()) {
            return;
        }
        db.update(h -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                h.createUpdate("DELETE FROM contact_search WHERE book_id = :book AND " + idColumn() + " IN (<ids>)")
                        .bind("book", book).bindList("ids", chunk).execute();
                var batch = h.prepareBatch("INSERT INTO contact_search (" + idColumn()
                        + ", book_id, name, organization, topics, notes, activity)"
                        + " VALUES (:id, :book, :name, :organization, :topics, :notes, :activity)");
                for (Documents.Document d : Documents.build(h, book, chunk)) {
                    batch.bind("id", d.contactId()).bind("book", book).bind("name", d.name())
                            .bind("organization", d.organization()).bind("topics", d.topics())
                            .bind("notes", d.notes()).bind("activity", d.activity()).add();
                }
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
        });
    }

    @Override
    public void reindexAll() {
        db.update(h -> {
            h.createUpdate("DELETE FROM contact_search WHERE book_id = :book").bind("book", book).execute();
            reindex(h.createQuery("SELECT id FROM contacts WHERE book_id = :book").bind("book", book)
                    .mapTo(Long.class).list());
        });
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return page(query, limit).hits();
    }

    @Override
    public Page page(String query, int limit) {
        List<String> words = Documents.queryWords(query);
        if (words.isEmpty()) {
            throw new ValidationException("query", "must contain at least one letter or digit");
        }
        if (limit < 1) {
            throw new ValidationException("limit", "must be at least 1");
        }
        return db.read(h -> {
            List<SearchHit> hits = new ArrayList<>();
            int[] total = {0};
            h.createQuery(matchSql())
                    .bind("q", matchExpression(words))
                    .bind("book", book)
                    .bind("no", false)
                    .bind("limit", limit)
                    .map((rs, ctx) -> {
                        total[0] = rs.getInt("total");
                        return new SearchHit(rs.getLong("contact_id"), rs.getString("display_name"),
                                rs.getString("org"), rs.getBoolean("archived"),
                                Documents.matchedIn(words, rs.getString("name"), rs.getString("organization"),
                                        rs.getString("topics"), rs.getString("notes"), rs.getString("activity")),
                                rs.getDouble("score"));
                    })
                    .forEach(hits::add);
            return new Page(hits, total[0]);
        });
    }

    @Override
    public int count(String query) {
        List<String> words = Documents.queryWords(query);
        if (words.isEmpty()) {
            throw new ValidationException("query", "must contain at least one letter or digit");
        }
        return db.read(h -> h.createQuery(countSql()).bind("q", matchExpression(words)).bind("book", book)
                .bind("no", false).mapTo(Integer.class).one());
    }

    /**
     * SQL taking {@code :q}, {@code :book} and {@code :no} (false), counting the matching contacts that
     * are not archived and not the book's "me".
     */
    abstract String countSql();

    /** The column holding the contact id in {@code contact_search}. */
    abstract String idColumn();

    /** The engine's query text for these normalized words, each matched as a prefix. */
    abstract String matchExpression(List<String> words);

    /**
     * SQL taking {@code :q}, {@code :book}, {@code :no} (false) and {@code :limit}, returning contact_id,
     * display_name, org, archived, the five fields and a score (higher is better), best first, and on
     * every row the {@code total} that {@link #countSql} would count.
     */
    abstract String matchSql();

    static String currentOrganizationSql(String contactIdColumn) {
        return "(SELECT o.name FROM employments e JOIN organizations o ON o.id = e.organization_id"
                + " WHERE e.contact_id = " + contactIdColumn + " AND e.end_on IS NULL ORDER BY e.id DESC LIMIT 1)";
    }
}
