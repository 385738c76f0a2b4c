package dev.kith.phonebook;

import dev.kith.core.DavMultistatus;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A WebDAV multistatus (RFC 4918) of a CardDAV server, read with {@link DavMultistatus} (the same reader as
 * the CalDAV client's). Each response gives its href, status, ETag, address data, whether it is an
 * address book, its ctag and the hrefs of the principal and address book home it names.
 */
record DavXml(String syncToken, List<Entry> entries) {
    static final String DAV = DavMultistatus.DAV;
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
        DavMultistatus read;
        try {
            read = DavMultistatus.parse(xml);
        } catch (SAXException e) {
            throw new PhonebookException(source + ": the answer is not well-formed XML (" + e.getMessage() + ")", e);
        } catch (DavMultistatus.NotMultistatus e) {
            throw new PhonebookException(source + ": " + e.getMessage());
        }
        List<Entry> entries = new ArrayList<>();
        for (DavMultistatus.Response r : read.responses()) {
            Element data = r.property(CARDDAV, "address-data");
            entries.add(new Entry(r.href(), r.status(), r.text(DAV, "getetag"), data == null ? null : data.getTextContent(),
                    r.isA(DAV, "collection"), r.isA(CARDDAV, "addressbook"), r.text(CS, "getctag"),
                    r.text(DAV, "sync-token"), r.href(DAV, "current-user-principal"),
                    r.href(CARDDAV, "addressbook-home-set")));
        }
        return new DavXml(read.syncToken(), entries);
    }
}
