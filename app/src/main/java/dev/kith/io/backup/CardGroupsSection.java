package dev.kith.io.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kith.cards.CardException;
import dev.kith.cards.Cards;
import dev.kith.cards.GroupCardRows;
import dev.kith.store.Database;
import java.util.Set;

/**
 * {@code "cardGroups"}: the contact-group cards phones stored in Kith's address book (iOS's and macOS's
 * {@code X-ADDRESSBOOKSERVER-KIND:group}, vCard 4.0's {@code KIND:group}), each its resource name and its text
 * exactly as sent. A backup written before Kith kept them has no such section and restores with none.
 */
final class CardGroupsSection implements BackupSection {
    @Override
    public String name() {
        return "cardGroups";
    }

    @Override
    public ArrayNode export(Database db, long book, Keys keys) {
        ArrayNode out = Json.array();
        for (GroupCardRows.Row r : new GroupCardRows(db, book).all()) {
            out.add(Json.object().put("name", r.name()).put("text", r.text()));
        }
        return out;
    }

    @Override
    public void restore(Database db, long book, Records records, Keys keys) {
        GroupCardRows rows = new GroupCardRows(db, book);
        for (Records.Record r : records) {
            r.only(Set.of("name", "text"));
            String name = r.requiredText("name");
            String text = r.requiredText("text", Cards.MAX_CARD);
            try {
                r.insert(() -> rows.insert(new GroupCardRows.Row(name, text)));
            } catch (CardException e) {
                throw r.fail(r.path(), e.reason());
            }
        }
    }
}
