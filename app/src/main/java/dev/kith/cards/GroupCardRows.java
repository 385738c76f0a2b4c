package dev.kith.cards;

import dev.kith.store.Database;
import java.util.List;

/**
 * The live contact-group cards of one book as stored, for a backup and its restore: each card's resource
 * name and its text exactly as a client sent it. Their ETags, revisions and tombstones are sync state, not
 * content: a restored card gets its ETag from its text and the book's next revision. Each call joins the
 * transaction open on the calling thread. Thread-safe.
 */
public final class GroupCardRows {
    /** A live group card: its resource name and its text as sent. */
    public record Row(String name, String text) {
    }

    private final Database db;
    private final CardStore cards;
    private final GroupStore groups;

    public GroupCardRows(Database db, long book) {
        this.db = db;
        this.cards = new CardStore(book);
        this.groups = new GroupStore(book);
    }

    /** Every live group card of the book, by name; an empty list when there is none. */
    public List<Row> all() {
        return db.read(h -> groups.all(h).stream().filter(g -> !g.gone()).map(g -> new Row(g.name(), g.text())).toList());
    }

    /**
     * Stores {@code row} as a live group card, checked as a client's PUT would be: {@link CardException} for a
     * name no card may have, a text that is not one vCard, or a name or UID another live card holds.
     */
    public void insert(Row row) {
        Cards.requireName(row.name());
        String uid = CardText.uid(CardText.parse(row.text()));
        db.write(h -> {
            long next = cards.lockRevision(h) + 1;
            if (cards.byName(h, row.name()).filter(r -> !r.gone()).isPresent()
                    || groups.byName(h, row.name()).filter(g -> !g.gone()).isPresent()) {
                throw new CardException("another card in this address book is named " + row.name());
            }
            if (!uid.isEmpty() && (cards.uidTaken(h, uid, -1L) || groups.uidTaken(h, uid, row.name()))) {
                throw new CardException("another card in this address book has the UID " + uid);
            }
            groups.put(h, new GroupStore.Row(row.name(), uid, row.text(), Digest.etag(row.text()), next, false));
            cards.setRevision(h, next);
            return null;
        });
    }
}
