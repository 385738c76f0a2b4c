package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.contacts.ContactRows;
import dev.kith.contacts.Organization;
import dev.kith.store.Database;
import java.util.Set;

/** {@code "organizations": [{"key": "o1", "name": "Acme", "industry": "software"}]}. */
final class OrganizationsSection implements BackupSection {
    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        ArrayNode out = Json.array();
        for (Organization o : new ContactRows(db, book).organizations()) {
            out.add(Json.object().put("key", keys.assign("o", o.id())).put("name", o.name())
                    .put("industry", o.industry()));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        ContactRows rows = new ContactRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("key", "name", "industry"));
            String name = r.requiredText("name");
            r.validate(() -> dev.kith.core.Limits.text("name", name, dev.kith.core.Limits.NAME));
            long id = r.insert(() -> rows.insertOrganization(name, r.text("industry")));
            keys.restored(r.path(), "o", r.key(), id);
        }
    }
}
