package dev.kith.cards;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactPatch;
import dev.kith.contacts.Contacts;
import dev.kith.core.NotFoundException;
import dev.kith.store.Database;
import ezvcard.VCard;
import ezvcard.property.Uid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The contacts of one book as an address book: every contact not archived is a card with a stable
 * resource name, UID and strong ETag; the book's revision counts changes, and every change (a card
 * written by a client, or a contact edited, added or archived anywhere in Kith) is journalled at the
 * revision it was seen, so a client can ask what changed since its sync token. Changes made elsewhere in
 * Kith are found when the journal is read: a card whose contact or journal row changed since last seen is
 * rendered and its ETag compared with the one last served (linear in the number of contacts). A listing holds
 * names and ETags only; texts are read a page at a time ({@link #read}), one card's at a time in memory. Contact-group cards, which have no contact behind them, are kept
 * as sent ({@link #putGroup}) and served with the rest. Thread-safe.
 */
public final class Cards {
    /** The largest card accepted: 4 MiB, room for a photo. */
    public static final int MAX_CARD = CardText.MAX_CARD;
    /**
     * A resource name: what clients send (a UID and {@code .vcf}, so a {@code urn:uuid:} UID's colons too), no
     * slashes, no dot-only names; each character one a URI path may hold as it is.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+=~:-]{0,199}");

    private final Database db;
    private final Book book;
    private final Contacts contacts;
    private final CardStore store;
    private final GroupStore groups;
    private final Rendering rendering;
    /** The last snapshot and the change stamps of what it read when it was taken (nobody wrote to those since). */
    private volatile Cached cached;
    /** What a snapshot reads: the contacts as {@link Contacts#all} reads them, and the cards already served. */
    private static final List<String> READS = List.of("books", "contacts", "contact_emails", "contact_phones",
            "contact_tags", "contact_interests", "employments", "organizations", "card_books", "cards");
    /** What taking a snapshot writes itself: the cards' rows and the revision. */
    private static final List<String> WRITES = List.of("card_books", "cards");

    private record Cached(dev.kith.store.Stamps stamps, Snapshot snapshot) {
    }

    public Cards(Database db, Book book, Contacts contacts) {
        this.db = db;
        this.book = book;
        this.contacts = contacts;
        this.store = new CardStore(book.id());
        this.groups = new GroupStore(book.id());
        this.rendering = new Rendering(book);
    }

    /** A card as served: {@code text} is the vCard, {@code etag} its strong ETag (quoted). */
    public record Card(String name, String uid, String etag, String text, long revision) {
        /**
         * Whether an If-None-Match header's value (not null) holds for this card: {@code *}, or a list of entity
         * tags naming its ETag, compared weakly (RFC 9110 section 13.1.2).
         */
        public boolean namedBy(String ifNoneMatch) {
            return ifNoneMatch.strip().equals("*") || Preconditions.matches(ifNoneMatch, etag, true);
        }
    }

    /** A card gone (archived or deleted) at {@code revision}. */
    public record Gone(String name, long revision) {
    }

    /**
     * A live card as listed, without its text: what a listing of thousands of cards holds (their texts are read
     * a page at a time with {@link #read}).
     */
    public record Entry(String name, String uid, String etag, long revision) {
    }

    /**
     * The address book now: its history (an id that differs between any two address books, and between a book
     * and the same book recreated or restored elsewhere, so revisions are only compared within one history), its
     * revision, the live cards in contact order (names and ETags, no text), and the tombstones.
     */
    public record Snapshot(String history, long revision, List<Entry> cards, List<Gone> gone, Map<String, Entry> byName) {
        public Snapshot(String history, long revision, List<Entry> cards, List<Gone> gone) {
            this(history, revision, cards, gone, cards.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                    Entry::name, c -> c, (a, b) -> a)));
        }

        /** The live card named {@code name}, if any: a lookup, so a multiget of n names costs O(n). */
        public Optional<Entry> card(String name) {
            return Optional.ofNullable(byName.get(name));
        }
    }

    /** How a write ended: whether it made a new card, and the card as now served. */
    public record Written(boolean created, Card card) {
    }

    /** The address book now, the journal brought up to date with every change made in Kith. */
    public Snapshot snapshot() {
        Optional<dev.kith.store.Stamps> before = db.stamps(book.id(), READS);
        Cached last = cached;
        if (before.isPresent() && last != null && last.stamps().equals(before.get())) {
            return last.snapshot(); // nothing was committed since to a contact or a card
        }
        Snapshot taken = take();
        // taking it journals the cards that changed: those writes are its own, so it is kept under the stamps
        // after them, unless a contact changed meanwhile
        Optional<dev.kith.store.Stamps> after = db.stamps(book.id(), READS);
        if (before.isPresent() && after.isPresent() && before.get().sameExcept(after.get(), WRITES)) {
            cached = new Cached(after.get(), taken);
        }
        return taken;
    }

    /**
     * The snapshot, taken in one write transaction: the journal rows are read without the cards clients sent, and a
     * contact's card is rendered (its sent card read alone) only when it changed since {@link Rendering} last saw it.
     */
    private Snapshot take() {
        return db.write(h -> {
            long revision = store.lockRevision(h);
            String history = store.history(h);
            Map<Long, CardStore.Head> rows = new HashMap<>();
            store.heads(h).forEach(r -> rows.put(r.contactId(), r));
            long next = revision + 1;
            List<Entry> live = new ArrayList<>();
            List<CardStore.Row> inserts = new ArrayList<>();
            List<CardStore.Head> updates = new ArrayList<>();
            for (Contact c : contacts.all()) {
                CardStore.Head row = rows.remove(c.id());
                if (c.archived()) {
                    if (row != null && !row.gone()) {
                        updates.add(row.gone(next));
                    }
                    continue;
                }
                CardStore.Head fresh = rendering.journal(c, row, id -> store.sent(h, id), next);
                if (row == null) {
                    inserts.add(new CardStore.Row(c.id(), fresh.name(), fresh.uid(), null, null, fresh.etag(), next, false));
                } else if (fresh != row) {
                    updates.add(fresh);
                }
                live.add(new Entry(fresh.name(), fresh.uid(), fresh.etag(), fresh.revision()));
            }
            for (CardStore.Head missing : rows.values()) { // contacts deleted (merged) since last served
                if (!missing.gone()) {
                    updates.add(missing.gone(next));
                }
            }
            store.insert(h, inserts);
            store.journal(h, updates);
            long now = inserts.isEmpty() && updates.isEmpty() ? revision : next;
            if (now != revision) {
                store.setRevision(h, now);
            }
            List<Gone> gone = new ArrayList<>();
            for (CardStore.Head r : store.heads(h)) {
                if (r.gone()) {
                    gone.add(new Gone(r.name(), r.revision()));
                }
            }
            for (GroupStore.Row g : groups.heads(h)) {
                if (g.gone()) {
                    gone.add(new Gone(g.name(), g.revision()));
                } else {
                    live.add(new Entry(g.name(), g.uid(), g.etag(), g.revision()));
                }
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            live.forEach(c -> names.add(c.name()));
            gone.removeIf(g -> names.contains(g.name())); // a name given up by one card and taken by another
            return new Snapshot(history, now, List.copyOf(live), List.copyOf(gone));
        });
    }

    /**
     * Hands {@code each} every card named in {@code names}, in order, as now served (empty: no live card has the
     * name), until it answers false. The names are looked up {@value CardPages#PAGE} at a time and each card is
     * rendered just before it is handed on, so only one card's text is held however many are read; nothing is
     * journalled (a card changed since a snapshot comes with its new ETag; the next snapshot journals it).
     */
    public void read(List<String> names, java.util.function.BiPredicate<String, Optional<Card>> each) {
        new CardPages(db, contacts, store, groups).read(names, each);
    }

    /**
     * The live card named {@code name}, if any: one contact read and rendered, the journal brought up to
     * date for it alone (a change found is journalled at a new revision, as {@link #snapshot} would).
     */
    public Optional<Card> card(String name) {
        if (!validName(name)) {
            return Optional.empty();
        }
        return db.write(h -> {
            Optional<CardStore.Row> row = store.byName(h, name);
            if (row.isEmpty() || row.get().gone()) {
                Optional<Card> group = groups.byName(h, name).filter(g -> !g.gone()).map(Cards::group);
                if (group.isPresent() || row.isEmpty()) {
                    return group;
                }
            }
            long revision = store.lockRevision(h);
            Optional<Contact> contact = contacts.find(row.get().contactId()).filter(c -> !c.archived());
            if (contact.isEmpty()) {
                if (!row.get().gone()) {
                    store.update(h, List.of(Rendering.gone(row.get(), revision + 1)));
                    store.setRevision(h, revision + 1);
                }
                return Optional.<Card>empty();
            }
            Rendering.Served served = rendering.served(contact.get(), row.get(), revision + 1);
            if (served.row() != row.get()) {
                store.update(h, List.of(served.row()));
                store.setRevision(h, revision + 1);
            }
            return Optional.of(served.card());
        });
    }

    /**
     * Stores {@code text} as the card named {@code name}: a new contact, or an edit of the contact the
     * name holds (restoring it if archived). {@code ifMatch} and {@code ifNoneMatch} are the request's
     * headers (null when absent). Throws {@link PreconditionFailedException} when they do not hold,
     * {@link CardException} for a card that cannot be stored, {@link UidConflictException} when another
     * card has its UID; nothing is changed then. A card sent without a UID keeps the one the card of that name has
     * (a client that writes none would otherwise change it with every edit), and a new card is given one.
     */
    public Written put(String name, String text, String ifMatch, String ifNoneMatch) {
        requireName(name);
        VCard card = CardText.parse(text);
        CardFields fields = CardFields.from(card);
        return db.write(h -> {
            long next = store.lockRevision(h) + 1;
            Optional<CardStore.Row> row = store.byName(h, name);
            Optional<Contact> contact = row.flatMap(r -> contacts.find(r.contactId()));
            Optional<Card> current = contact.filter(c -> !c.archived()).map(c -> rendering.served(c, row.get(), next).card());
            Optional<GroupStore.Row> group = groups.byName(h, name);
            if (group.isPresent() && !group.get().gone()) {
                throw new CardException("the card " + name + " is a contact group: a person's card needs a name of its own");
            }
            Preconditions.check(current, ifMatch, ifNoneMatch);
            String sent = text;
            String uid = CardText.uid(card);
            if (uid.isEmpty()) { // the card the name holds keeps its UID; a new one gets one
                uid = row.map(CardStore.Row::uid).orElseGet(() -> "urn:uuid:" + java.util.UUID.randomUUID());
                card.setUid(new Uid(uid));
                sent = CardText.write(card);
            }
            long id;
            if (contact.isPresent()) {
                id = contact.get().id();
                if (contact.get().archived()) {
                    contacts.archive(id, false);
                }
                ContactPatch patch = CardEdits.patch(CardFields.of(contact.get()), fields);
                if (!patch.isEmpty()) {
                    contacts.edit(id, patch);
                }
            } else {
                id = contacts.add(CardEdits.draft(fields)).id();
            }
            group.ifPresent(g -> groups.forget(h, name));
            if (store.uidTaken(h, uid, id) || groups.uidTaken(h, uid, "")) {
                throw new UidConflictException("another card in this address book has the UID " + uid);
            }
            Contact stored = contacts.get(id);
            // the card is served as sent until the contact changes in Kith (what Kith made of it is its basis)
            Rendering.Served written = rendering.served(stored, new CardStore.Row(id, name, uid, sent, CardFields.of(stored).fingerprint(), "",
                    next, false), next);
            if (row.isPresent() && row.get().contactId() == id) {
                store.update(h, List.of(written.row()));
            } else if (row.isPresent()) {
                store.rebind(h, row.get().contactId(), written.row()); // a name whose contact is gone from the database
            } else {
                store.insert(h, List.of(written.row()));
            }
            store.setRevision(h, next);
            return new Written(current.isEmpty(), written.card());
        });
    }

    /**
     * Archives the contact of the card named {@code name} (its history stays): the card leaves the
     * collection. {@link NotFoundException} when there is no such card; {@link PreconditionFailedException}
     * when {@code ifMatch} (may be null) does not hold.
     */
    public void delete(String name, String ifMatch) {
        db.update(h -> {
            long next = store.lockRevision(h) + 1;
            Optional<CardStore.Row> row = store.byName(h, name);
            Optional<Contact> contact = row.flatMap(r -> contacts.find(r.contactId())).filter(c -> !c.archived());
            Optional<GroupStore.Row> group = groups.byName(h, name).filter(g -> !g.gone());
            if (contact.isEmpty() && group.isPresent()) {
                Preconditions.check(Optional.of(group(group.get())), ifMatch, null);
                GroupStore.Row g = group.get();
                groups.put(h, new GroupStore.Row(g.name(), g.uid(), g.text(), g.etag(), next, true));
                store.setRevision(h, next);
                return;
            }
            if (contact.isEmpty()) {
                throw new NotFoundException("no card named " + name);
            }
            Preconditions.check(Optional.of(rendering.served(contact.get(), row.get(), next).card()), ifMatch, null);
            contacts.archive(contact.get().id(), true);
            store.update(h, List.of(Rendering.gone(row.get(), next)));
            store.setRevision(h, next);
        });
    }

    /**
     * Stores {@code text}, a contact-group card (iOS's and macOS's {@code X-ADDRESSBOOKSERVER-KIND:group}, vCard
     * 4.0's {@code KIND:group}), as the card named {@code name}, exactly as sent: no contact is made of it, and it
     * is served back unchanged. Preconditions and refusals as {@link #put}; a name held by a person's card is
     * refused ({@link CardException}).
     */
    public Written putGroup(String name, String text, String ifMatch, String ifNoneMatch) {
        requireName(name);
        VCard card = CardText.parse(text);
        String uid = CardText.uid(card);
        return db.write(h -> {
            long next = store.lockRevision(h) + 1;
            Optional<CardStore.Row> row = store.byName(h, name);
            if (row.isPresent() && contacts.find(row.get().contactId()).filter(c -> !c.archived()).isPresent()) {
                throw new CardException("the card " + name + " is a person's: a contact group needs a name of its own");
            }
            Optional<Card> current = groups.byName(h, name).filter(g -> !g.gone()).map(Cards::group);
            Preconditions.check(current, ifMatch, ifNoneMatch);
            if (!uid.isEmpty() && (store.uidTaken(h, uid, -1L) || groups.uidTaken(h, uid, name))) {
                throw new UidConflictException("another card in this address book has the UID " + uid);
            }
            GroupStore.Row stored = new GroupStore.Row(name, uid, text, Digest.etag(text), next, false);
            groups.put(h, stored);
            store.setRevision(h, next);
            return new Written(current.isEmpty(), group(stored));
        });
    }

    static Card group(GroupStore.Row g) {
        return new Card(g.name(), g.uid(), g.etag(), g.text(), g.revision());
    }

    /** Whether {@code name} can name a card. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    static void requireName(String name) {
        if (!validName(name)) {
            throw new CardException("a card's name is letters, digits and . _ @ + = ~ : - (at most 200), not '" + name + "'");
        }
    }
}
