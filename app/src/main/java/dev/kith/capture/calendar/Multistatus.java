package dev.kith.capture.calendar;

import static dev.kith.core.SafeXml.children;
import static dev.kith.core.SafeXml.first;
import static dev.kith.core.SafeXml.statusCode;

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
    static final String DAV = "DAV:";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    Multistatus {
        entries = List.copyOf(entries);
    }

    /** One {@code DAV:response}; absent properties are {@code null}. */
    record Entry(String href, int status, String etag, String calendarData, boolean collection) {
    }

    /** The multistatus in {@code xml}; a {@link CalendarSourceException} naming {@code source} when it is not one. */
    static Multistatus parse(String source, byte[] xml) {
        Element root = root(source, xml);
        if (!DAV.equals(root.getNamespaceURI()) || !"multistatus".equals(root.getLocalName())) {
            throw new CalendarSourceException(source, "the answer is not a WebDAV multistatus but <" + root.getTagName() + ">");
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
        return new Multistatus(token, entries);
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

    private static Entry entry(Element response) {
        String href = text(first(response, DAV, "href"));
        Element status = first(response, DAV, "status");
        int code = status == null ? 0 : statusCode(text(status));
        String etag = null;
        String data = null;
        boolean collection = false;
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
            data = data != null ? data : text(first(prop, CALDAV, "calendar-data"));
            Element type = first(prop, DAV, "resourcetype");
            collection |= type != null && first(type, DAV, "collection") != null;
        }
        return new Entry(href, code == 0 ? firstPropstat : code, etag, data, collection);
    }
    private static Element root(String source, byte[] xml) {
        try {
            return SafeXml.parse(xml);
        } catch (SAXException e) {
            throw new CalendarSourceException(source, "the answer is not well-formed XML (" + e.getMessage() + ")", e);
        }
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        if (t == null || t.isBlank()) {
            return null;
        }
        return e.getLocalName().equals("calendar-data") ? t : t.strip();
    }
}
