package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.network.TieRows;
import dev.kith.store.Database;
import java.util.Set;

/** {@code "ties"}: who is tied to whom (contact keys), how, since when, and where the tie came from. */
final class TiesSection implements BackupSection {
    @Override
    public String name() {
        return "ties";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        ArrayNode out = Json.array();
        for (TieRows.Row t : new TieRows(db, book).all()) {
            out.add(Json.object().put("key", keys.assign("t", t.id()))
                    .put("from", keys.key("c", t.fromId())).put("to", keys.key("c", t.toId()))
                    .put("kind", t.kind()).put("since", Json.date(t.since())).put("source", t.source()));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        TieRows rows = new TieRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "from", "to", "kind", "since", "source"));
            Long from = keys.id(r.path() + ".from", "c", r.requiredText("from"));
            Long to = keys.id(r.path() + ".to", "c", r.requiredText("to"));
            long id = r.insert(() -> rows.insert(new TieRows.Row(0, from, to, r.requiredText("kind"), r.date("since"),
                    r.text("source") == null ? "manual" : r.text("source"))));
            keys.restored(r.path(), "t", r.key(), id);
        }
    }
}
