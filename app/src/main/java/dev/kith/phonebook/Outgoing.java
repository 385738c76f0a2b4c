package dev.kith.phonebook;

import dev.kith.phonebook.PhonebookStore.CardRow;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The server side of one sync: writes the pending cards one by one, each conditional (If-Match on the
 * ETag Kith read, If-None-Match for a new card), and records in the sync state only what the server
 * accepted. A 412 (someone changed or created the card meanwhile) overwrites nothing: the card is read
 * again and merged on the next run. A network failure stops the writes; the unsent ones are still
 * pending (their snapshot is the server's values) and the next run sends them. Not thread-safe.
 */
final class Outgoing {
    private final CardDavClient client;
    private final URI collection;
    private final PhonebookStore store;
    private final String sourceId;
    private final List<String> warnings;
    private final Instant now;
    int created;
    int updated;
    int deleted;

    Outgoing(CardDavClient client, URI collection, PhonebookStore store, String sourceId, List<String> warnings, Instant now) {
        this.client = client;
        this.collection = collection;
        this.store = store;
        this.sourceId = sourceId;
        this.warnings = warnings;
        this.now = now;
    }

    /** A card to rewrite: the server's text and values as read, and the merged values to write. */
    record Update(String href, String uid, String etag, long contactId, String card, Fields server, Fields merged) {
    }

    /** A person to add to the address book. */
    record Create(long contactId, String name, Fields fields) {
    }

    void update(Update u) {
        String text = CardText.parse(u.card()).withFields(u.server(), u.merged(), now);
        CardDavHttp.Response r = client.put(collection, u.href(), text, u.etag() == null ? "*" : u.etag());
        if (r.status() / 100 == 2) {
            store.saveCards(sourceId, List.of(new CardRow(u.href(), u.uid(), r.etag(), u.contactId(), text, u.merged(), null)));
            updated++;
        } else if (r.status() == 412) {
            store.forgetEtag(sourceId, u.href());
            warnings.add(u.href() + ": changed on the address book meanwhile; it is merged on the next sync");
        } else {
            warnings.add(u.href() + ": the server refused the change (HTTP " + r.status() + "); tried again next sync");
        }
    }

    void create(Create c, String uid, String version) {
        String href = collection.getRawPath() + (collection.getRawPath().endsWith("/") ? "" : "/") + uid + ".vcf";
        String text = CardText.create(uid, version, c.fields(), now);
        CardDavHttp.Response r = client.put(collection, href, text, null);
        if (r.status() / 100 == 2) {
            store.saveCards(sourceId, List.of(new CardRow(href, uid, r.etag(), c.contactId(), text, c.fields(), null)));
            created++;
        } else if (r.status() == 412) {
            warnings.add(c.name() + ": the address book already has a card at " + href + "; it is read on the next sync");
        } else {
            warnings.add(c.name() + ": the server refused the new card (HTTP " + r.status() + "); tried again next sync");
        }
    }

    void delete(CardRow row) {
        CardDavHttp.Response r = client.delete(collection, row.href(), row.etag());
        if (r.status() / 100 == 2 || r.status() == 404) {
            store.deleteCards(sourceId, List.of(row.href()));
            deleted++;
        } else if (r.status() == 412) {
            store.forgetEtag(sourceId, row.href());
            warnings.add(row.href() + ": changed on the address book meanwhile; not deleted");
        } else {
            warnings.add(row.href() + ": the server refused to delete it (HTTP " + r.status() + ")");
        }
    }
}
