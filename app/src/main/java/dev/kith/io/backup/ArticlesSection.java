package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.articles.ArticleRows;
import dev.kith.store.Database;
import java.util.HashMap;
import java.util.Map;
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
    public ArrayNode export(Database db, long book, Keys keys) {
        ArticleRows rows = new ArticleRows(db, book);
        ArrayNode out = Json.array();
        Map<Long, ArrayNode> shares = new HashMap<>();
        for (ArticleRows.Row r : rows.all()) {
            ObjectNode a = Json.object().put("key", keys.assign("a", r.id()))
                    .put("url", r.url()).put("title", r.title())
                    .put("text", r.body()).put("takeaway", r.takeaway())
                    .put("added", Json.date(r.addedOn()));
            a.set("tags", Json.texts(r.tags()));
            shares.put(r.id(), a.putArray("shares"));
            out.add(a);
        }
        for (ArticleRows.ShareRow s : rows.shares()) {
            shares.get(s.articleId()).add(Json.object()
                    .put("contact", keys.key("c", s.contactId()))
                    .put("interaction", keys.key("i", s.interactionId()))
                    .put("date", Json.date(s.sharedOn())).put("why", s.why()));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        ArticleRows rows = new ArticleRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "url", "title", "text", "takeaway", "added", "tags", "shares"));
            r.validate(() -> dev.kith.articles.Articles.checkUrl(r.requiredText("url")));
            long id = r.insert(() -> rows.insert(new ArticleRows.Row(0, r.requiredText("url"), r.requiredText("title"),
                    r.text("text"), r.text("takeaway"), r.texts("tags"), r.date("added"))));
            keys.restored(r.path(), "a", r.key(), id);
            for (Records.Record s : r.records("shares")) {
                s.only(Set.of("contact", "interaction", "date", "why"));
                Long contact = keys.id(s.path() + ".contact", "c", s.requiredText("contact"));
                Long interaction = keys.id(s.path() + ".interaction", "i", s.text("interaction"));
                s.insert(() -> rows.insertShare(new ArticleRows.ShareRow(0, id, contact, interaction, s.date("date"),
                        s.text("why"))));
            }
        }
    }
}
