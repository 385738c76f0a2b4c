package dev.kith.articles;

import dev.kith.store.Columns;
import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The article library of one book and its shares row by row, as stored, for a backup and its
 * restore: every column, codes as text, nothing checked but by the schema. Rows are read in id order
 * unless said otherwise; an insert gives the row a new id (its {@code id} is ignored) and returns it.
 * Each call is one statement, joining the transaction open on the calling thread. Thread-safe.
 */
public final class ArticleRows {
    /** A stored article; {@code tags} are in order (empty when none), {@code body} and {@code takeaway} may be null. */
    public record Row(long id, String url, String title, String body, String takeaway, List<String> tags,
                      LocalDate addedOn) {
        public Row {
            tags = List.copyOf(tags);
        }
    }

    /** A stored share of article {@code articleId} with contact {@code contactId}; {@code interactionId} and {@code why} may be null. */
    public record ShareRow(long id, long articleId, long contactId, Long interactionId, LocalDate sharedOn, String why) {
    }

    private final Database db;
    private final long book;

    public ArticleRows(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** Every article of the book, by id. */
    public List<Row> all() {
        return db.read(h -> h.createQuery("SELECT * FROM articles WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    String tags = rs.getString("tags");
                    return new Row(rs.getLong("id"), rs.getString("url"), rs.getString("title"), rs.getString("body"),
                            rs.getString("takeaway"),
                            tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
                            Columns.date(rs, "added_on"));
                })
                .list());
    }

    /** Every share of the book, by id. */
    public List<ShareRow> shares() {
        return db.read(h -> h.createQuery("SELECT * FROM shares WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> new ShareRow(rs.getLong("id"), rs.getLong("article_id"), rs.getLong("contact_id"),
                        Columns.nullableLong(rs, "interaction_id"), Columns.date(rs, "shared_on"), rs.getString("why")))
                .list());
    }

    /** Stores {@code row} as a new article and returns its id. */
    public long insert(Row row) {
        return db.write(h -> h.createQuery("""
                        INSERT INTO articles (book_id, url, title, body, takeaway, tags, added_on)
                        VALUES (:book, :url, :title, :body, :takeaway, :tags, :added) RETURNING id""")
                .bind("book", book).bind("url", row.url()).bind("title", row.title())
                .bind("body", row.body()).bind("takeaway", row.takeaway())
                .bind("tags", String.join(",", row.tags())).bind("added", row.addedOn())
                .mapTo(Long.class).one());
    }

    /** Stores {@code share} as a new share (its {@code id} is ignored). */
    public void insertShare(ShareRow share) {
        db.update(h -> h.createUpdate("""
                        INSERT INTO shares (book_id, article_id, contact_id, interaction_id, shared_on, why)
                        VALUES (:book, :article, :contact, :interaction, :date, :why)""")
                .bind("book", book).bind("article", share.articleId()).bind("contact", share.contactId())
                .bind("interaction", share.interactionId()).bind("date", share.sharedOn()).bind("why", share.why())
                .execute());
    }
}
