package dev.kith.cards;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.io.export.VCardExport;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cards of one book's contacts as served, and their journal rows: a contact's card rendered (reused while the
 * contact and the card its client sent are the same), with the ETag and revision it is served at. Thread-safe.
 */
final class Rendering {
    private final Book book;
    /** Each contact's card as last rendered, reused while the contact and its sent card are the same. */
    private final ConcurrentHashMap<Long, Rendered> rendered = new ConcurrentHashMap<>();

    private record Rendered(Contact contact, String uid, String sent, String basis, String text) {
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
        String name = row != null ? row.name() : uid.substring(uid.lastIndexOf(':') + 1) + ".vcf";
        String text = render(c, uid, row == null ? null : row.sent(), row == null ? null : row.sentBasis());
        String etag = Digest.etag(text);
        if (row != null && !row.gone() && row.etag().equals(etag)) {
            return new Served(row, text);
        }
        return new Served(new CardStore.Row(c.id(), name, uid, row == null ? null : row.sent(),
                row == null ? null : row.sentBasis(), etag, next, false), text);
    }

    private String render(Contact c, String uid, String sent, String basis) {
        Rendered last = rendered.get(c.id());
        if (last != null && last.contact().equals(c) && last.uid().equals(uid) && Objects.equals(last.sent(), sent)
                && Objects.equals(last.basis(), basis)) {
            return last.text();
        }
        String text = CardText.render(c, uid, sent, basis);
        rendered.put(c.id(), new Rendered(c, uid, sent, basis, text));
        return text;
    }

    /** {@code r} as a tombstone at {@code revision}. */
    static CardStore.Row gone(CardStore.Row r, long revision) {
        return new CardStore.Row(r.contactId(), r.name(), r.uid(), r.sent(), r.sentBasis(), r.etag(), revision, true);
    }
}
