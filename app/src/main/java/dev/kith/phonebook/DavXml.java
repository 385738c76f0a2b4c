package dev.kith.phonebook;

import static dev.kith.core.SafeXml.children;
import static dev.kith.core.SafeXml.first;
import static dev.kith.core.SafeXml.statusCode;
import static dev.kith.core.SafeXml.text;

import dev.kith.core.SafeXml;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A WebDAV multistatus (RFC 4918) of a CardDAV server, read with {@link SafeXml} (no DOCTYPE, no
 * entity expansion, no outside fetch; linear in the size of the answer). Each response gives its href, status, ETag, address data, whether it is an
 * address book, its ctag and the hrefs of the principal and address book home it names.
 */
record DavXml(String syncToken, List<Entry> entries) {
    static final String DAV = "DAV:";
    static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
    static final String CS = "http://calendarserver.org/ns/";

    DavXml {
        entries = List.copyOf(entries);
    }

    /** One {@code DAV:response}; absent properties are {@code null}. */
    record Entry(String href, int status, String etag, String addressData, boolean collection, boolean addressBook,
                 String ctag, String syncToken, String principal, String home) {
    }

    /** The multistatus in {@code xml}; a {@link PhonebookException} naming {@code source} when it is not one. */
    static DavXml parse(String source, byte[] xml) {
        Element root = root(source, xml);
        if (!DAV.equals(root.getNamespaceURI()) || !"multistatus".equals(root.getLocalName())) {
            throw new PhonebookException(source + ": the answer is not a WebDAV multistatus but <" + root.getTagName() + ">");
        }
        String token = null;
        List<Entry> entries = new ArrayList<>();
        for (Element child : children(root, DAV, null)) {
            if (child.getLocalName().equals("sync-token")) {
                token = child.getTextContent().strip();
            } else if (child.getLocalName().equals("response")) {
                entries.add(entry(child));
            }
        }
        return new DavXml(token, entries);
    }

    private static Entry entry(Element response) {
        String href = text(first(response, DAV, "href"));
        Element statusElement = first(response, DAV, "status");
        int code = statusElement == null ? 0 : statusCode(text(statusElement));
        String etag = null;
        String data = null;
        String ctag = null;
        String token = null;
        String principal = null;
        String home = null;
        boolean collection = false;
        boolean book = false;
        int firstPropstat = 0;
        for (Element propstat : children(response, DAV, "propstat")) {
            int c = statusCode(text(first(propstat, DAV, "status")));
            firstPropstat = firstPropstat == 0 ? c : firstPropstat;
            Element prop = first(propstat, DAV, "prop");
            if (c / 100 != 2 || prop == null) {
                continue;
            }
            code = code == 0 ? c : code;
            etag = etag != null ? etag : text(first(prop, DAV, "getetag"));
            Element d = first(prop, CARDDAV, "address-data");
            data = data != null ? data : d == null ? null : d.getTextContent();
            ctag = ctag != null ? ctag : text(first(prop, CS, "getctag"));
            token = token != null ? token : text(first(prop, DAV, "sync-token"));
            principal = principal != null ? principal : innerHref(first(prop, DAV, "current-user-principal"));
            home = home != null ? home : innerHref(first(prop, CARDDAV, "addressbook-home-set"));
            Element type = first(prop, DAV, "resourcetype");
            collection |= type != null && first(type, DAV, "collection") != null;
            book |= type != null && first(type, CARDDAV, "addressbook") != null;
        }
        return new Entry(href, code == 0 ? firstPropstat : code, etag, data, collection, book, ctag, token, principal, home);
    }

    private static String innerHref(Element e) {
        return e == null ? null : text(first(e, DAV, "href"));
    }

    private static Element root(String source, byte[] xml) {
        try {
            return SafeXml.parse(xml);
        } catch (SAXException e) {
            throw new PhonebookException(source + ": the answer is not well-formed XML (" + e.getMessage() + ")", e);
        }
    }

}
