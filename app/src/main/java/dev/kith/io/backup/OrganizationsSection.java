package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.core.Text;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** {@code "organizations": [{"key": "o1", "name": "Acme", "industry": "software"}]}. */
final class OrganizationsSection implements BackupSection {
    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public ArrayNode export(Handle h, long book, Keys keys) {
        ArrayNode out = Sql.JSON.arrayNode();
        h.createQuery("SELECT id, name, industry FROM organizations WHERE book_id = :book ORDER BY id")
                .bind("book", book)
                .map((rs, ctx) -> out.add(Sql.object().put("key", keys.assign("o", rs.getLong("id")))
                        .put("name", rs.getString("name")).put("industry", rs.getString("industry"))))
                .list();
        return out;
    }

    @Override
    public void restore(Handle h, long book, Records records, Keys keys) {
        for (Records.Record r : records) {
            r.only(Set.of("key", "name", "industry"));
            String name = r.requiredText("name");
            long id = Sql.insert(r, () -> h.createQuery("INSERT INTO organizations (book_id, name, name_key, industry)"
                            + " VALUES (:book, :name, :key, :industry) RETURNING id")
                    .bind("book", book).bind("name", name).bind("key", Text.key(name))
                    .bind("industry", r.text("industry")).mapTo(Long.class).one());
            keys.restored(r.path(), "o", r.key(), id);
        }
    }
}
