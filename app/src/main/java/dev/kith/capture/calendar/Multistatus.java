package dev.kith.capture.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A WebDAV multistatus (RFC 4918) read safely: the JDK's parser with DTDs, external entities and
 * XInclude disabled. Each response gives its href, status (the response's own, else 200 when a
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
        int code = status == null ? 0 : code(text(status));
        String etag = null;
        String data = null;
        boolean collection = false;
        int firstPropstat = 0;
        for (Element propstat : children(response, DAV, "propstat")) {
            int c = code(text(first(propstat, DAV, "status")));
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

    /** The code in a status line such as {@code HTTP/1.1 404 Not Found}; 0 when there is none. */
    private static int code(String statusLine) {
        if (statusLine == null) {
            return 0;
        }
        String[] parts = statusLine.strip().split("\\s+");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Element root(String source, byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document doc = builder.parse(new ByteArrayInputStream(xml));
            return doc.getDocumentElement();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException | IOException e) {
            throw new CalendarSourceException(source, "the answer is not well-formed XML (" + e.getMessage() + ")", e);
        }
    }

    private static List<Element> children(Element parent, String ns, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element first(Element parent, String ns, String localName) {
        List<Element> found = children(parent, ns, localName);
        return found.isEmpty() ? null : found.getFirst();
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
