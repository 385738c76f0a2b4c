package dev.kith.cards;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.io.export.VCardExport;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * The cards of one book's contacts as served, and their journal rows: a contact's card rendered, with the ETag and
 * revision it is served at. Only ETags are remembered between calls, never a card's text (a book of photos is far
 * larger than the heap), so a listing renders again only the cards whose contact or sent card changed. Thread-safe.
 */
final class Rendering {
    private final Book book;
    /** Each contact's ETag as last journalled, and what it was rendered from: its fields and its journal row. */
    private final ConcurrentHashMap<Long, Seen> seen = new ConcurrentHashMap<>();

    /**
     * A contact whose fields had the fingerprint {@code fields} was served with {@code etag} from the journal row
     * that has this UID, basis, revision and ETag (a row's sent card changes only with its revision).
     */
    private record Seen(String fields, String uid, String basis, long revision, String etag) {
    }

    Rendering(Book book) {
        this.book = book;
    }

    /** A journal row as a contact is now, with the card's text. */
    record Served(CardStore.Row row, String text) {
        Cards.Card card() {
            return new Cards.Card(row.name(), row.uid(), row.etag(), text, row.revision());
        }
    }

    /** {@code row} (null: none yet) as contact {@code c} is now; the same row object when nothing changed. */
    Served served(Contact c, CardStore.Row row, long next) {
        String uid = row != null ? row.uid() : VCardExport.uid(book, c.id());
        String name = row != null ? row.name() : name(uid);
        String text = CardText.render(c, uid, row == null ? null : row.sent(), row == null ? null : row.sentBasis());
        String etag = Digest.etag(text);
        if (row != null && !row.gone() && row.etag().equals(etag)) {
            return new Served(row, text);
        }
        return new Served(new CardStore.Row(c.id(), name, uid, row == null ? null : row.sent(),
                row == null ? null : row.sentBasis(), etag, next, false), text);
    }

    /**
     * The journal row {@code head} (null: none yet) as contact {@code c} is now served: the same object when its
     * ETag holds, else live at {@code next} with the new ETag. The card is rendered only when the contact or the
     * row changed since last seen here, its sent card then read with {@code sent} (by contact id) and let go.
     */
    CardStore.Head journal(Contact c, CardStore.Head head, LongFunction<String> sent, long next) {
        String fields = CardFields.of(c).fingerprint();
        String uid = head != null ? head.uid() : VCardExport.uid(book, c.id());
        String basis = head == null ? null : head.sentBasis();
        Seen last = seen.get(c.id());
        String etag;
        if (head != null && last != null && last.fields().equals(fields) && last.uid().equals(uid)
                && java.util.Objects.equals(last.basis(), basis) && last.revision() == head.revision()
                && last.etag().equals(head.etag())) {
            etag = head.etag();
        } else {
            String text = CardText.render(c, uid, head != null && head.hasSent() ? sent.apply(c.id()) : null, basis);
            etag = Digest.etag(text);
        }
        CardStore.Head now;
        if (head == null) {
            now = new CardStore.Head(c.id(), name(uid), uid, null, etag, next, false, false);
        } else if (!head.gone() && head.etag().equals(etag)) {
            now = head;
        } else {
            now = head.served(etag, next);
        }
        seen.put(c.id(), new Seen(fields, uid, basis, now.revision(), etag));
        return now;
    }

    private static String name(String uid) {
        return uid.substring(uid.lastIndexOf(':') + 1) + ".vcf";
    }

    /** {@code r} as a tombstone at {@code revision}. */
    static CardStore.Row gone(CardStore.Row r, long revision) {
        return new CardStore.Row(r.contactId(), r.name(), r.uid(), r.sent(), r.sentBasis(), r.etag(), revision, true);
    }
}
