package dev.kith.capture.calendar;

import static dev.kith.core.SafeXml.children;

import dev.kith.core.DavMultistatus;
import dev.kith.core.SafeXml;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A WebDAV multistatus (RFC 4918), read with {@link SafeXml} (no DOCTYPE, no entity expansion, no
 * outside fetch). Each response gives its href, status (the response's own, else 200 when a
 * propstat succeeded), ETag, calendar data and whether it is a collection; a sync-collection
 * response also gives its sync-token ({@code null} when absent).
 */
record Multistatus(String syncToken, List<Entry> entries) {
    static final String DAV = DavMultistatus.DAV;
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    Multistatus {
        entries = List.copyOf(entries);
    }

    /** One {@code DAV:response}; absent properties are {@code null}. */
    record Entry(String href, int status, String etag, String calendarData, boolean collection) {
    }

    /** The multistatus in {@code xml}; a {@link CalendarSourceException} naming {@code source} when it is not one. */
    static Multistatus parse(String source, byte[] xml) {
        DavMultistatus read;
        try {
            read = DavMultistatus.parse(xml);
        } catch (SAXException e) {
            throw new CalendarSourceException(source, "the answer is not well-formed XML (" + e.getMessage() + ")", e);
        } catch (DavMultistatus.NotMultistatus e) {
            throw new CalendarSourceException(source, e.getMessage());
        }
        List<Entry> entries = new ArrayList<>();
        for (DavMultistatus.Response r : read.responses()) {
            Element data = r.property(CALDAV, "calendar-data");
            String calendar = data == null || data.getTextContent().isBlank() ? null : data.getTextContent();
            entries.add(new Entry(r.href(), r.status(), r.text(DAV, "getetag"), calendar, r.isA(DAV, "collection")));
        }
        return new Multistatus(read.syncToken(), entries);
    }

    /** Whether {@code xml} is a {@code DAV:error} holding the precondition {@code DAV:<condition>}. */
    static boolean isError(byte[] xml, String condition) {
        try {
            Element root = root("", xml);
            return DAV.equals(root.getNamespaceURI()) && "error".equals(root.getLocalName())
                    && !children(root, DAV, condition).isEmpty();
        } catch (CalendarSourceException e) {
            return false;
        }
    }

    private static Element root(String source, byte[] xml) {
        try {
            return SafeXml.parse(xml);
        } catch (SAXException e) {
            throw new CalendarSourceException(source, "the answer is not well-formed XML (" + e.getMessage() + ")", e);
        }
    }
}
