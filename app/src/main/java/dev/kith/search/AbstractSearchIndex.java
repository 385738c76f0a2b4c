package dev.kith.search;

import dev.kith.core.ValidationException;
import dev.kith.store.Database;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;

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
                delete(h, chunk);
                insert(h, Documents.build(h, book, chunk));
            }
        });
    }

    @Override
    public void indexNew(List<NewContact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        db.update(h -> {
            boolean stale = anyDocument(h, contacts);
            for (int from = 0; from < contacts.size(); from += CHUNK) {
                List<NewContact> chunk = contacts.subList(from, Math.min(contacts.size(), from + CHUNK));
                List<Documents.Document> docs = new ArrayList<>(chunk.size());
                List<Long> ids = new ArrayList<>(chunk.size());
                for (NewContact c : chunk) {
                    docs.add(Documents.of(c));
                    ids.add(c.id());
                }
                if (stale) {
                    delete(h, ids);
                }
                insert(h, docs);
            }
        });
    }

    /**
     * Whether any document has an id between the lowest and highest of {@code contacts}: never for
     * contacts just created, unless the index kept a document of a contact that no longer exists.
     * One range query; deleting by id lists costs more than the FTS inserts themselves.
     */
    private boolean anyDocument(Handle h, List<NewContact> contacts) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (NewContact c : contacts) {
            min = Math.min(min, c.id());
            max = Math.max(max, c.id());
        }
        return h.createQuery("SELECT count(*) FROM contact_search WHERE " + idColumn() + " BETWEEN :min AND :max")
                .bind("min", min).bind("max", max).mapTo(Integer.class).one() > 0;
    }

    /** Removes the documents of {@code ids}, if any (a new contact has none, unless a stale one was left). */
    private void delete(Handle h, List<Long> ids) {
        h.createUpdate("DELETE FROM contact_search WHERE book_id = :book AND " + idColumn() + " IN (<ids>)")
                .bind("book", book).bindList("ids", ids).execute();
    }

    /** Writes {@code docs} in one JDBC batch: no per-row statement or binding overhead. */
    private void insert(Handle h, List<Documents.Document> docs) {
        if (docs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO contact_search (" + idColumn()
                + ", book_id, name, organization, topics, notes, activity) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Documents.Document d : docs) {
                add(ps, d);
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new ConnectionException(e);
        }
    }

    /** Binds one document (its own method, so that it is compiled early: see ContactBulkInsert). */
    private void add(PreparedStatement ps, Documents.Document d) throws SQLException {
        ps.setLong(1, d.contactId());
        ps.setLong(2, book);
        ps.setString(3, d.name());
        ps.setString(4, d.organization());
        ps.setString(5, d.topics());
        ps.setString(6, d.notes());
        ps.setString(7, d.activity());
        ps.addBatch();
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
        return find(query, limit, false).hits();
    }

    @Override
    public Page page(String query, int limit) {
        return find(query, limit, true);
    }

    private Page find(String query, int limit, boolean activeOnly) {
        List<String> words = Documents.queryWords(query);
        if (words.isEmpty()) {
            throw new ValidationException("query", "must contain at least one letter or digit");
        }
        if (limit < 1) {
            throw new ValidationException("limit", "must be at least 1");
        }
        return db.read(h -> find(h, words, limit, activeOnly));
    }

    /**
     * The hits of {@code words} in tier order ({@link SearchHit#score}), then by name, archived people
     * and "me" among them unless {@code activeOnly}; and the total of matching active contacts.
     */
    abstract Page find(Handle h, List<String> words, int limit, boolean activeOnly);

    /** The column holding the contact id in {@code contact_search}. */
    abstract String idColumn();

    /**
     * Maps a row holding contact_id, display_name, org, archived and the five fields to a hit with
     * {@code score}.
     */
    static SearchHit hit(java.sql.ResultSet rs, List<String> words, double score) throws SQLException {
        return new SearchHit(rs.getLong("contact_id"), rs.getString("display_name"), rs.getString("org"),
                rs.getBoolean("archived"), Documents.matchedIn(words, rs.getString("name"),
                        rs.getString("organization"), rs.getString("topics"), rs.getString("notes"),
                        rs.getString("activity")), score);
    }

    /** SQL true for a contact {@code c} that a page counts: not archived, not "me" (binds :no and :book). */
    static final String ACTIVE =
            "c.archived = :no AND c.id <> coalesce((SELECT me_contact_id FROM books WHERE id = :book), -1)";

    static String currentOrganizationSql(String contactIdColumn) {
        return "(SELECT o.name FROM employments e JOIN organizations o ON o.id = e.organization_id"
                + " WHERE e.contact_id = " + contactIdColumn + " AND e.end_on IS NULL ORDER BY e.id DESC LIMIT 1)";
    }
}
