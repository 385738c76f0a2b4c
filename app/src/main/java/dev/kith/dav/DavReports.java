package dev.kith.dav;

import dev.kith.cards.Cards;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The REPORTs of one request: addressbook-multiget and addressbook-query (RFC 6352 sections 8.6 and 8.7) and
 * sync-collection (RFC 6578). Every refusal (a bad body, token, limit or collation) is found before the first card
 * is read; the cards' texts are then read and written a page at a time ({@link CardResponses}). Not thread-safe.
 */
final class DavReports {
    private final DavRequest req;

    DavReports(DavRequest req) {
        this.req = req;
    }

    void report() {
        boolean onCard = req.cardName() != null;
        if (!req.path().equals(DavProperties.BOOK) && !onCard) {
            throw new DavProblem(403, "reports run on the address book, " + DavProperties.BOOK, "<d:supported-report/>");
        }
        Element root = DavXml.parse(req.body());
        if (onCard && !DavXml.is(root, DavXml.CARDDAV, "addressbook-multiget")) { // RFC 6352 section 8.7: a card takes multiget
            throw new DavProblem(403, "a card answers addressbook-multiget; other reports run on the address book, "
                    + DavProperties.BOOK, "<d:supported-report/>");
        }
        Element prop = DavXml.child(root, DavXml.DAV, "prop");
        List<QName> asked = prop == null ? List.of(DavProperties.GETETAG) : DavRequest.names(prop);
        AddressData data = asked.contains(DavProperties.ADDRESS_DATA) ? AddressData.of(prop) : null;
        CardResponses responses = new CardResponses(req.cards(), req.user(), asked, data);
        Multistatus out = new Multistatus(req.ctx());
        if (DavXml.is(root, DavXml.CARDDAV, "addressbook-multiget")) {
            List<String> names = new ArrayList<>();
            List<String> hrefs = new ArrayList<>();
            for (Element href : DavXml.children(root)) {
                if (DavXml.is(href, DavXml.DAV, "href")) {
                    String name = DavRequest.cardOf(href.getTextContent());
                    names.add(name == null ? "" : name);
                    hrefs.add(DavRequest.rawPath(href.getTextContent()));
                }
            }
            responses.named(out, names, hrefs);
        } else if (DavXml.is(root, DavXml.DAV, "sync-collection")) {
            sync(root, responses, out);
        } else if (DavXml.is(root, DavXml.CARDDAV, "addressbook-query")) {
            AddressBookQuery query = AddressBookQuery.of(root);
            responses.matching(out, req.cards().snapshot().cards(), query::matches, query.limit());
        } else {
            throw new DavProblem(403, "Kith's address book answers the reports addressbook-multiget, addressbook-query"
                    + " and sync-collection", "<d:supported-report/>");
        }
        out.send();
    }

    /** The cards changed and gone in the range the request asks, then the token of its end. */
    private void sync(Element root, CardResponses responses, Multistatus out) {
        Cards.Snapshot snapshot = req.cards().snapshot();
        SyncRange range = SyncRange.of(root, snapshot);
        responses.listed(out, snapshot.cards().stream().filter(c -> range.holds(c.revision())).toList(), true);
        if (range.since() >= 0) {
            for (Cards.Gone g : snapshot.gone()) {
                if (range.holds(g.revision())) {
                    out.status(CardNames.href(g.name()), 404, "Not Found");
                }
            }
        }
        if (range.upTo() < snapshot.revision()) {
            out.truncated(DavProperties.BOOK); // RFC 6578 section 3.6: the rest from the token given
        }
        out.syncToken(DavProperties.token(snapshot.history(), range.upTo()));
    }
}
