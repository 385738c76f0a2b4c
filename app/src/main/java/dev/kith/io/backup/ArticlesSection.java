package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jdbi.v3.core.Handle;

import java.util.Arrays;
import java.util.Set;

/**
 * {@code "articles"}: the article library, each with its shares (contact and interaction keys,
 * date, why). Profile embeddings are derived data and are not backed up: they are recomputed.
 */
final class ArticlesSection implements BackupSection {
    @Override
    public String name() {
        return "articles";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT * FROM articles WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    ObjectNode a = Sql.object().put("key", keys.assign("a", rs.getLong("id")))
                            .put("url", rs.getString("url")).put("title", rs.getString("title"))
                            .put("text", rs.getString("body")).put("takeaway", rs.getString("takeaway"))
                            .put("added", Sql.date(rs, "added_on"));
                    ArrayNode tags = a.putArray("tags");
                    String t = rs.getString("tags");
                    if (t != null && !t.isEmpty()) {
                        Arrays.stream(t.split(",")).forEach(tags::add);
                    }
                    a.putArray("shares");
                    return out.add(a);
                })
                .list();
        h.createQuery("SELECT * FROM shares WHERE book_id = :book ORDER BY id").bind("book", book)
                .map((rs, ctx) -> {
                    String article = keys.key("a", rs.getLong("article_id"));
                    for (var node : out) {
                        if (node.get("key").asText().equals(article)) {
                            ((ArrayNode) node.get("shares")).add(Sql.object()
                                    .put("contact", keys.key("c", rs.getLong("contact_id")))
                                    .put("interaction", keys.key("i", Sql.nullableLong(rs, "interaction_id")))
                                    .put("date", Sql.date(rs, "shared_on")).put("why", rs.getString("why")));
                        }
                    }
                    return article;
                })
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "url", "title", "text", "takeaway", "added", "tags", "shares"));
            long id = Sql.insert(r, () -> h.createQuery("""
                            INSERT INTO articles (book_id, url, title, body, takeaway, tags, added_on)
                            VALUES (:book, :url, :title, :body, :takeaway, :tags, :added) RETURNING id""")
                    .bind("book", book).bind("url", r.requiredText("url")).bind("title", r.requiredText("title"))
                    .bind("body", r.text("text")).bind("takeaway", r.text("takeaway"))
                    .bind("tags", String.join(",", r.texts("tags"))).bind("added", r.date("added"))
                    .mapTo(Long.class).one());
            keys.restored(r.path(), "a", r.key(), id);
            for (Records.Record s : r.records("shares")) {
                s.only(Set.of("contact", "interaction", "date", "why"));
                Long contact = keys.id(s.path() + ".contact", "c", s.requiredText("contact"));
                Long interaction = keys.id(s.path() + ".interaction", "i", s.text("interaction"));
                Sql.insert(s, () -> h.createUpdate("""
                                INSERT INTO shares (book_id, article_id, contact_id, interaction_id, shared_on, why)
                                VALUES (:book, :article, :contact, :interaction, :date, :why)""")
                        .bind("book", book).bind("article", id).bind("contact", contact).bind("interaction", interaction)
                        .bind("date", s.date("date")).bind("why", s.text("why")).execute());
            }
        }
    }
}
