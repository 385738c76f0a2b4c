package dev.kith.core;

import static dev.kith.core.SafeXml.children;
import static dev.kith.core.SafeXml.first;
import static dev.kith.core.SafeXml.statusCode;
import static dev.kith.core.SafeXml.text;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A WebDAV multistatus (RFC 4918) as a DAV client reads it, through {@link SafeXml} (no DOCTYPE, no entity
 * expansion, no outside fetch; linear in the size of the answer): the sync-token of a sync-collection answer
 * (RFC 6578; null when absent) and each {@code DAV:response} with its href, its status (the response's own,
 * else that of its first successful propstat, else of its first propstat) and the properties of its
 * successful propstats. The CalDAV and the CardDAV clients each read their own properties from it.
 */
public record DavMultistatus(String syncToken, List<Response> responses) {
    public static final String DAV = "DAV:";

    public DavMultistatus {
        responses = List.copyOf(responses);
    }

    /** Thrown for well-formed XML that is not a multistatus; the message names the root element. */
    public static final class NotMultistatus extends Exception {
        private static final long serialVersionUID = 1L;

        NotMultistatus(String message) {
            super(message);
        }
    }

    /** One {@code DAV:response}: its href, its status and the {@code DAV:prop} elements of its 2xx propstats. */
    public record Response(String href, int status, List<Element> props) {
        public Response {
            props = List.copyOf(props);
        }

        /** The first property {@code ns}:{@code name} among the successful ones, or null. */
        public Element property(String ns, String name) {
            for (Element prop : props) {
                Element e = first(prop, ns, name);
                if (e != null) {
                    return e;
                }
            }
            return null;
        }

        /** The stripped text of property {@code ns}:{@code name}; null when absent or blank. */
        public String text(String ns, String name) {
            return SafeXml.text(property(ns, name));
        }

        /** The {@code DAV:href} inside property {@code ns}:{@code name} (current-user-principal, a home set), or null. */
        public String href(String ns, String name) {
            Element e = property(ns, name);
            return e == null ? null : SafeXml.text(first(e, DAV, "href"));
        }

        /** Whether a successful {@code DAV:resourcetype} holds {@code ns}:{@code name} (a collection, an address book). */
        public boolean isA(String ns, String name) {
            for (Element prop : props) {
                Element type = first(prop, DAV, "resourcetype");
                if (type != null && first(type, ns, name) != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The multistatus in {@code xml}; a {@link SAXException} when it is not well-formed XML, a
     * {@link NotMultistatus} when its root is another element.
     */
    public static DavMultistatus parse(byte[] xml) throws SAXException, NotMultistatus {
        Element root = SafeXml.parse(xml);
        if (!DAV.equals(root.getNamespaceURI()) || !"multistatus".equals(root.getLocalName())) {
            throw new NotMultistatus("the answer is not a WebDAV multistatus but <" + root.getTagName() + ">");
        }
        String token = null;
        List<Response> responses = new ArrayList<>();
        for (Element child : children(root, DAV, null)) {
            if (child.getLocalName().equals("sync-token")) {
                token = child.getTextContent().strip();
            } else if (child.getLocalName().equals("response")) {
                responses.add(response(child));
            }
        }
        return new DavMultistatus(token, responses);
    }

    private static Response response(Element response) {
        String href = text(first(response, DAV, "href"));
        Element status = first(response, DAV, "status");
        int code = status == null ? 0 : statusCode(text(status));
        int firstPropstat = 0;
        List<Element> props = new ArrayList<>();
        for (Element propstat : children(response, DAV, "propstat")) {
            int c = statusCode(text(first(propstat, DAV, "status")));
            firstPropstat = firstPropstat == 0 ? c : firstPropstat;
            Element prop = first(propstat, DAV, "prop");
            if (c / 100 != 2 || prop == null) {
                continue;
            }
            code = code == 0 ? c : code;
            props.add(prop);
        }
        return new Response(href, code == 0 ? firstPropstat : code, props);
    }
}
