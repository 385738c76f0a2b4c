package dev.kith.dav;

import dev.kith.cards.Cards;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * The properties of the server's four kinds of resource (the root, the principal, the home with its
 * one address book, and a card) as XML, by name. Thread-safe.
 */
final class DavProperties {
    static final String ROOT = "/";
    static final String HOME = "/dav/";
    static final String PRINCIPAL = "/dav/principal/";
    static final String BOOK = "/dav/contacts/";
    /**
     * What a sync token looks like: a URI, as RFC 6578 asks, naming the book's history and a revision in it
     * ({@code http://kith.dev/ns/sync/HISTORY/N}).
     */
    static final String TOKEN_PREFIX = "http://kith.dev/ns/sync/";

    static final QName RESOURCETYPE = dav("resourcetype");
    static final QName GETETAG = dav("getetag");
    static final QName ADDRESS_DATA = new QName(DavXml.CARDDAV, "address-data");

    private static final String PRIVILEGES = "<d:privilege><d:read/></d:privilege><d:privilege><d:write/></d:privilege>"
            + "<d:privilege><d:write-content/></d:privilege><d:privilege><d:write-properties/></d:privilege>"
            + "<d:privilege><d:bind/></d:privilege><d:privilege><d:unbind/></d:privilege>"
            + "<d:privilege><d:read-current-user-privilege-set/></d:privilege>";

    private DavProperties() {
    }

    static QName dav(String local) {
        return new QName(DavXml.DAV, local);
    }

    static QName card(String local) {
        return new QName(DavXml.CARDDAV, local);
    }

    /** The properties every resource has: who is asking, where their address books are. */
    private static Map<QName, String> common(String user) {
        Map<QName, String> p = new LinkedHashMap<>();
        p.put(dav("current-user-principal"), href(PRINCIPAL));
        p.put(dav("principal-URL"), href(PRINCIPAL));
        p.put(card("addressbook-home-set"), href(HOME));
        p.put(dav("owner"), href(PRINCIPAL));
        p.put(dav("current-user-privilege-set"), PRIVILEGES);
        return p;
    }

    static Map<QName, String> root(String user) {
        Map<QName, String> p = new LinkedHashMap<>();
        p.put(RESOURCETYPE, "<d:collection/>");
        p.putAll(common(user));
        return p;
    }

    static Map<QName, String> home(String user) {
        Map<QName, String> p = root(user);
        p.put(dav("displayname"), "Kith");
        return p;
    }

    static Map<QName, String> principal(String user) {
        Map<QName, String> p = new LinkedHashMap<>();
        p.put(RESOURCETYPE, "<d:principal/>");
        p.put(dav("displayname"), DavXml.escape(user));
        p.putAll(common(user));
        return p;
    }

    static Map<QName, String> book(String user, Cards.Snapshot snapshot) {
        String token = token(snapshot.history(), snapshot.revision());
        Map<QName, String> p = new LinkedHashMap<>();
        p.put(RESOURCETYPE, "<d:collection/><card:addressbook/>");
        p.put(dav("displayname"), "Kith");
        p.put(card("addressbook-description"), "The people in Kith");
        p.put(new QName(DavXml.CALENDARSERVER, "getctag"), DavXml.escape(token));
        p.put(dav("sync-token"), DavXml.escape(token));
        p.put(dav("supported-report-set"), "<d:supported-report><d:report><card:addressbook-multiget/></d:report>"
                + "</d:supported-report><d:supported-report><d:report><card:addressbook-query/></d:report></d:supported-report>"
                + "<d:supported-report><d:report><d:sync-collection/></d:report></d:supported-report>");
        p.put(card("supported-address-data"), "<card:address-data-type content-type=\"text/vcard\" version=\"3.0\"/>"
                + "<card:address-data-type content-type=\"text/vcard\" version=\"4.0\"/>");
        p.put(card("max-resource-size"), Integer.toString(dev.kith.cards.Cards.MAX_CARD));
        p.putAll(common(user));
        return p;
    }

    /** The names of a card's properties, each with no value: a propname answer. */
    static Map<QName, String> cardNames(String user) {
        return namesOf(card(user, new Cards.Card("", "", "", "", 0), AddressData.AS_STORED));
    }

    /** The properties of a card as listed, with no text: all but getcontentlength and address-data. */
    static Map<QName, String> listed(String user, Cards.Entry e) {
        Map<QName, String> p = new LinkedHashMap<>();
        p.put(RESOURCETYPE, "");
        p.put(GETETAG, DavXml.escape(e.etag()));
        p.put(dav("getcontenttype"), "text/vcard; charset=utf-8");
        p.putAll(common(user));
        return p;
    }

    /** A card's properties; {@code data} (null: none): its vCard too, in the version it asks. */
    static Map<QName, String> card(String user, Cards.Card c, AddressData data) {
        Map<QName, String> p = new LinkedHashMap<>();
        p.put(RESOURCETYPE, "");
        p.put(GETETAG, DavXml.escape(c.etag()));
        p.put(dav("getcontenttype"), "text/vcard; charset=utf-8");
        p.put(dav("getcontentlength"), Integer.toString(c.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        if (data != null) {
            p.put(ADDRESS_DATA, DavXml.escape(data.render(c.text())));
        }
        p.putAll(common(user));
        return p;
    }

    /** The names of {@code all}, each with no value: a propname answer. */
    static Map<QName, String> namesOf(Map<QName, String> all) {
        Map<QName, String> names = new LinkedHashMap<>();
        all.keySet().forEach(q -> names.put(q, ""));
        return names;
    }

    static String token(String history, long revision) {
        return TOKEN_PREFIX + history + "/" + revision;
    }

    static String href(String path) {
        return "<d:href>" + DavXml.escape(path) + "</d:href>";
    }

    /**
     * The properties of {@code all} that {@code asked} names (all of them when {@code asked} is null,
     * an allprop) written as found, and the names asked for that the resource lacks.
     */
    static void answer(Multistatus out, String href, Map<QName, String> all, List<QName> asked) {
        if (asked == null) {
            out.response(href, all, List.of());
            return;
        }
        Map<QName, String> found = new LinkedHashMap<>();
        List<QName> missing = new java.util.ArrayList<>();
        for (QName q : asked) {
            String value = all.get(q);
            if (value == null) {
                missing.add(q);
            } else {
                found.put(q, value);
            }
        }
        out.response(href, found, missing);
    }
}
