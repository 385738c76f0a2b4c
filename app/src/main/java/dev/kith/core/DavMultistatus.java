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
        Element root = SafeXml.parse(fromFirstTag(xml));
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

    /**
     * {@code xml} without the blanks and UTF-8 byte order marks before its first '<': servers with a stray line
     * before their script (PHP) send those before the XML declaration, which the parser refuses. An answer in
     * another encoding (UTF-16) is left as it is.
     */
    private static byte[] fromFirstTag(byte[] xml) {
        int i = 0;
        while (i < xml.length) {
            if (xml[i] == ' ' || xml[i] == '\t' || xml[i] == '\r' || xml[i] == '\n') {
                i++;
            } else if (i + 2 < xml.length && (xml[i] & 0xFF) == 0xEF && (xml[i + 1] & 0xFF) == 0xBB && (xml[i + 2] & 0xFF) == 0xBF) {
                i += 3;
            } else {
                break;
            }
        }
        return i == 0 || i == xml.length || xml[i] != '<' ? xml : java.util.Arrays.copyOfRange(xml, i, xml.length);
    }

    /**
     * The path an {@code href} of a response names, {@code base} being the address asked, in one canonical
     * spelling however the server wrote it (RFC 3986 section 6.2.2): a full URL or a path; characters a URI
     * cannot hold (a space, non-ASCII) percent-encoded as UTF-8; escapes of letters, digits and
     * {@code - . _ ~ @ : ! $ ' ( ) * , ;} decoded; the other escapes in upper case. So {@code a%40b.vcf} asked for
     * and {@code a@b.vcf} answered are one card, as servers treat them. A '+' stays as written, a '%2B' too
     * (some servers read a '+' as a space). For comparing hrefs only: what is stored and sent is the server's
     * own spelling. Null for a null href.
     */
    public static String hrefPath(java.net.URI base, String href) {
        if (href == null) {
            return null;
        }
        String legal = encodeIllegal(href.strip());
        String raw;
        try {
            raw = base.resolve(legal).getRawPath();
        } catch (IllegalArgumentException e) {
            raw = null;
        }
        return canonical(raw == null ? legal : raw);
    }

    private static final String HEX = "0123456789ABCDEF";
    private static final String DECODED = "-._~@:!$'()*,;";

    private static String encodeIllegal(String href) {
        StringBuilder out = new StringBuilder(href.length());
        byte[] bytes = href.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%' && (i + 2 >= bytes.length || hex(bytes[i + 1]) < 0 || hex(bytes[i + 2]) < 0);
            if (escape || b <= 0x20 || b >= 0x7F || "\"<>\\^`{|}".indexOf(b) >= 0) {
                out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private static String canonical(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '%' && i + 2 < raw.length() && hex((byte) raw.charAt(i + 1)) >= 0 && hex((byte) raw.charAt(i + 2)) >= 0) {
                char decoded = (char) (hex((byte) raw.charAt(i + 1)) * 16 + hex((byte) raw.charAt(i + 2)));
                if (Character.isLetterOrDigit(decoded) && decoded < 0x80 || DECODED.indexOf(decoded) >= 0) {
                    out.append(decoded);
                } else {
                    out.append('%').append(Character.toUpperCase(raw.charAt(i + 1))).append(Character.toUpperCase(raw.charAt(i + 2)));
                }
                i += 2;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static int hex(byte b) {
        return b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
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
