package dev.kith.cards;

import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.store.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Cards read by name a page at a time, for a report that answers with their text: a page's journal rows (without
 * the cards clients sent) and contacts are read together, then each card's sent card is read, the card rendered
 * and handed on alone. No connection is held while a card is handed on (a slow client does not keep one), and only
 * one card's text is held at a time, so memory is bounded by the largest card, not the book. Not thread-safe.
 */
final class CardPages {
    /** How many names are looked up at once. */
    static final int PAGE = 100;

    private final Database db;
    private final Contacts contacts;
    private final CardStore store;
    private final GroupStore groups;

    CardPages(Database db, Contacts contacts, CardStore store, GroupStore groups) {
        this.db = db;
        this.contacts = contacts;
        this.store = store;
        this.groups = groups;
    }

    /** See {@link Cards#read}. */
    void read(List<String> names, BiPredicate<String, Optional<Cards.Card>> each) {
        for (int from = 0; from < names.size(); from += PAGE) {
            List<String> page = names.subList(from, Math.min(names.size(), from + PAGE));
            List<String> valid = page.stream().filter(Cards::validName).distinct().toList();
            Map<String, CardStore.Head> rows = new HashMap<>();
            db.read(h -> store.heads(h, valid)).forEach(r -> rows.put(r.name(), r));
            Map<Long, Contact> people = new HashMap<>();
            contacts.getAll(rows.values().stream().map(CardStore.Head::contactId).distinct().toList())
                    .forEach(c -> people.put(c.id(), c));
            for (String name : page) {
                if (!each.test(name, Cards.validName(name) ? card(name, rows.get(name), people) : Optional.empty())) {
                    return;
                }
            }
        }
    }

    /** The card named {@code name} whose journal row is {@code row} (null: none), as {@link Cards#card} finds it. */
    private Optional<Cards.Card> card(String name, CardStore.Head row, Map<Long, Contact> people) {
        if (row == null || row.gone()) {
            Optional<Cards.Card> group = db.read(h -> groups.byName(h, name)).filter(g -> !g.gone()).map(Cards::group);
            if (group.isPresent() || row == null) {
                return group;
            }
        }
        Contact c = people.get(row.contactId());
        if (c == null || c.archived()) {
            return Optional.empty();
        }
        String sent = row.hasSent() ? db.read(h -> store.sent(h, row.contactId())) : null;
        String text = CardText.render(c, row.uid(), sent, row.sentBasis());
        return Optional.of(new Cards.Card(row.name(), row.uid(), Digest.etag(text), text, row.revision()));
    }
}
