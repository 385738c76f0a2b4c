package dev.kith.dav;

import dev.kith.cards.Cards;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.namespace.QName;

/**
 * The responses of many cards in a 207, written as their texts are read: a listing holds names and ETags only, and
 * when the properties asked need a card's text (address-data, getcontentlength, or all of them) the texts are read
 * from {@link Cards#read} a page at a time, each written and let go before the next, so a report over a book of any
 * size takes memory for one card and {@link Multistatus#SPILL}. Not thread-safe.
 */
final class CardResponses {
    private static final QName CONTENT_LENGTH = DavProperties.dav("getcontentlength");

    private final Cards cards;
    private final String user;
    /** The properties asked, or null for all of them. */
    private final List<QName> asked;
    /** The version address-data is asked in, or null when it is not asked. */
    private final AddressData data;

    CardResponses(Cards cards, String user, List<QName> asked, AddressData data) {
        this.cards = cards;
        this.user = user;
        this.asked = asked;
        this.data = data;
    }

    /** Whether the properties asked need the cards' texts. */
    private boolean needsText() {
        return asked == null || data != null || asked.contains(CONTENT_LENGTH);
    }

    /**
     * A response for each of {@code listed}; {@code goneSince}: a card gone since it was listed is answered 404 (as a
     * sync-collection reports a card deleted), else left out.
     */
    void listed(Multistatus out, List<Cards.Entry> listed, boolean goneSince) {
        if (!needsText()) {
            listed.forEach(e -> DavProperties.answer(out, CardNames.href(e.name()), DavProperties.listed(user, e), asked));
            return;
        }
        cards.read(listed.stream().map(Cards.Entry::name).toList(), (name, card) -> {
            write(out, name, card, goneSince ? CardNames.href(name) : null);
            return true;
        });
    }

    /** A response for each name of {@code names}, a 404 at {@code hrefs} (same order) for one no card has. */
    void named(Multistatus out, List<String> names, List<String> hrefs) {
        java.util.Iterator<String> href = hrefs.iterator();
        cards.read(names, (name, card) -> {
            write(out, name, card, href.next());
            return true;
        });
    }

    /**
     * A response for each of {@code listed} whose text {@code filter} passes, until {@code limit} (-1: none) were
     * written; past it, a 507 for the address book (RFC 6352 section 8.6.1).
     */
    void matching(Multistatus out, List<Cards.Entry> listed, Predicate<String> filter, int limit) {
        int[] found = {0};
        cards.read(listed.stream().map(Cards.Entry::name).toList(), (name, card) -> {
            if (card.isEmpty() || !filter.test(card.get().text())) {
                return true;
            }
            if (limit >= 0 && found[0] == limit) {
                out.truncated(DavProperties.BOOK);
                return false;
            }
            write(out, name, card, null);
            found[0]++;
            return true;
        });
    }

    private void write(Multistatus out, String name, Optional<Cards.Card> card, String missing) {
        if (card.isPresent()) {
            DavProperties.answer(out, CardNames.href(card.get().name()), DavProperties.card(user, card.get(), data), asked);
        } else if (missing != null) {
            out.status(missing, 404, "Not Found");
        }
    }
}
