package dev.kith.phonebook;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.io.ImportException;
import dev.kith.io.imports.CardReader;
import dev.kith.milestones.Milestones;
import dev.kith.phonebook.PhonebookStore.CardRow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Two-way sync of one book with CardDAV address books. A {@link #sync} run reads what changed on the
 * server, then in one transaction brings it into Kith (new people, edits, archives, conflicts) and
 * works out what the server lacks, then writes that card by card: Kith's side is all or nothing, and
 * the server's side records only what the server accepted. Thread-safe (one run per source at a time).
 */
public final class Phonebook implements dev.kith.core.ContactReferences {
    private final Book book;
    private final Contacts contacts;
    private final Milestones milestones;
    private final PhonebookStore store;
    private final InstantSource time;

    /** The address books of {@code book}; {@code time} stamps the cards Kith writes (REV). */
    public Phonebook(Book book, Contacts contacts, Milestones milestones, InstantSource time) {
        this.book = book;
        this.contacts = contacts;
        this.milestones = milestones;
        this.store = new PhonebookStore(book.database(), book.id());
        this.time = time;
    }

    /** A client for {@code source} with the default HTTP client, bound and time-out. */
    public static CardDavClient client(PhonebookSource source) {
        return new CardDavClient(CardDavClient.defaultHttpClient(), source.url(), source.user(), source.password(),
                CardDavClient.DEFAULT_MAX_BYTES, Duration.ofSeconds(60));
    }

    /** Syncs {@code source} both ways; a {@link PhonebookException} names it and the reason when the server fails. */
    public PhonebookSummary sync(PhonebookSource source) {
        return sync(source, client(source));
    }

    /** {@link #sync(PhonebookSource)} through {@code client}. */
    public PhonebookSummary sync(PhonebookSource source, CardDavClient client) {
        String id = source.id();
        PhonebookStore.SourceState state = store.source(id).orElse(null);
        URI collection = state != null ? source.url().resolve(state.collection()) : client.discover();
        Map<String, String> known = store.etags(id);
        CardDavClient.Listing listing = client.list(collection, state == null ? null : state.syncToken(),
                state == null ? null : state.ctag(), known);
        List<String> wanted = new ArrayList<>(listing.changed().keySet());
        Map<String, CardDavClient.Fetched> fetched = client.multiget(collection, wanted);
        Set<String> removed = new LinkedHashSet<>(listing.removed());
        wanted.stream().filter(h -> !fetched.containsKey(h) && known.containsKey(h)).forEach(removed::add);

        List<String> warnings = new ArrayList<>();
        Plan plan = book.search().deferring(() -> bringIn(source, collection, listing, fetched, removed, warnings));

        Outgoing out = new Outgoing(client, collection, store, id, warnings, time.instant());
        for (Outgoing.Update u : plan.updates()) {
            out.update(u);
        }
        for (CardRow row : plan.deletes()) {
            out.delete(row);
        }
        for (Outgoing.Create c : plan.creates()) {
            out.create(c, uid(c.contactId()), plan.version());
        }
        Incoming in = plan.incoming();
        return new PhonebookSummary(in.created, in.updated, in.archived, out.created, out.updated, out.deleted,
                in.conflicts, warnings);
    }

    /** What the server must still get after Kith's side is stored. */
    private record Plan(Incoming incoming, List<Outgoing.Update> updates, List<CardRow> deletes,
                        List<Outgoing.Create> creates, String version) {
    }

    private Plan bringIn(PhonebookSource source, URI collection, CardDavClient.Listing listing,
                         Map<String, CardDavClient.Fetched> fetched, Set<String> removed, List<String> warnings) {
        String id = source.id();
        store.saveSource(id, new PhonebookStore.SourceState(stored(source.url(), collection), listing.token(), listing.ctag()));
        Incoming in = new Incoming(book, contacts, milestones, store, id, warnings, time.millis());
        in.removed(removed);
        in.changed(fetched);
        List<Outgoing.Update> updates = new ArrayList<>(in.updates());
        List<CardRow> deletes = new ArrayList<>();
        Set<String> done = new HashSet<>(fetched.keySet());
        done.addAll(removed);
        for (CardRow row : store.changedInKith(id)) {
            if (done.contains(row.href())) {
                continue;
            }
            Contact c = contacts.find(row.contactId()).orElse(null);
            if (c == null || c.archived()) {
                if (c != null && source.propagateArchive()) {
                    deletes.add(row);
                } else {
                    store.clearKithChange(id, row.href());
                }
                continue;
            }
            Fields kith = Fields.of(c);
            Fields server = serverFields(row, warnings);
            if (server == null || kith.sameAs(row.snapshot()) && row.snapshot().sameAs(server)) {
                store.clearKithChange(id, row.href());
                continue;
            }
            Fields merged = ThreeWay.merge(row.snapshot(), kith, server, false).merged();
            updates.add(new Outgoing.Update(row.href(), row.uid(), row.etag(), c.id(), row.card(), server, merged));
        }
        List<Outgoing.Create> creates = new ArrayList<>();
        for (Contact c : contacts.getAll(store.unlinked(id))) {
            if (source.push().includes(c)) {
                creates.add(new Outgoing.Create(c.id(), c.name(), Fields.of(c)));
            }
        }
        String version = in.version != null ? in.version : "3.0";
        return new Plan(in, updates, deletes, creates, version);
    }

    /** The values of the card as last read from the server, or null (with a warning) when it cannot be read. */
    private static Fields serverFields(CardRow row, List<String> warnings) {
        try {
            return CardReader.read(row.href(), row.card()).draft().map(Fields::of).orElse(null);
        } catch (ImportException e) {
            warnings.add(row.href() + ": not a readable vCard (" + e.reason() + ")");
            return null;
        }
    }

    /** The collection as stored: its path when on the source's own server (so a changed port still works), else in full. */
    private static String stored(URI url, URI collection) {
        boolean sameServer = java.util.Objects.equals(url.getScheme(), collection.getScheme())
                && java.util.Objects.equals(url.getHost(), collection.getHost()) && url.getPort() == collection.getPort();
        return sameServer ? collection.getRawPath() : collection.toString();
    }

    /** A stable UID for the card of contact {@code contactId} of this book. */
    private String uid(long contactId) {
        return "kith-" + UUID.nameUUIDFromBytes(("kith:" + book.id() + ":" + contactId).getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets the sync state of source {@code sourceId} (after {@code kith sync remove}); the people stay. */
    public void forget(String sourceId) {
        store.forget(sourceId);
    }

    /** Merging contacts: the phone's cards of {@code gone} follow to {@code kept} (see {@link PhonebookStore#mergeContact}). */
    @Override
    public void mergeContact(long kept, long gone) {
        store.mergeContact(kept, gone);
    }
}
