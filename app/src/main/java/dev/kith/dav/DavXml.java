package dev.kith.dav;

import dev.kith.core.SafeXml;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reading a request's XML body with {@link SafeXml} (no DOCTYPE, so no entities or entity expansion; no
 * external schemas; no XInclude; secure processing on); the body is at most {@link #MAX_BODY} bytes, and
 * parsing is linear in it. Thread-safe.
 */
final class DavXml {
    static final String DAV = "DAV:";
    static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
    static final String CALENDARSERVER = "http://calendarserver.org/ns/";
    /** The largest XML body read: 1 MiB holds a multiget of over ten thousand names. */
    static final int MAX_BODY = 1 << 20;

    private DavXml() {
    }

    /** The root element of {@code body}; a 400 {@link DavProblem} naming the line when it is not well-formed XML. */
    static Element parse(byte[] body) {
        if (body.length > MAX_BODY) {
            throw new DavProblem(413, "the XML body is larger than " + MAX_BODY + " bytes");
        }
        try {
            return SafeXml.parse(body);
        } catch (org.xml.sax.SAXParseException e) {
            throw new DavProblem(400, "the XML body cannot be read: line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException e) {
            throw new DavProblem(400, "the XML body cannot be read: " + e.getMessage());
        }
    }

    static QName name(Element e) {
        return new QName(e.getNamespaceURI() == null ? "" : e.getNamespaceURI(), e.getLocalName());
    }

    static boolean is(Element e, String namespace, String local) {
        return namespace.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    /** The child elements of {@code e}, in order. */
    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    /** The first child of {@code e} named {@code namespace}:{@code local}, or null. */
    static Element child(Element e, String namespace, String local) {
        for (Element c : children(e)) {
            if (is(c, namespace, local)) {
                return c;
            }
        }
        return null;
    }

    /** {@code text} escaped for XML content. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (ch < 0x20 && ch != '\n' && ch != '\t') {
                        continue; // not allowed in XML 1.0
                    }
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }
}
