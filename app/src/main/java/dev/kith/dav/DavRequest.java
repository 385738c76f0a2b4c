package dev.kith.dav;

import dev.kith.cards.Cards;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * One authenticated DAV request: its context, the address book {@code cards} of {@code user}, and the path it names
 * (percent-decoded, a collection's with its trailing slash). Immutable, but its context is the request's.
 */
record DavRequest(Context ctx, Cards cards, String user, String path) {

    static DavRequest of(Context ctx, Cards cards, String user) {
        String p = decode(ctx.path()); // clients may percent-encode any character of a card's name
        return new DavRequest(ctx, cards, user, p.equals("/dav") || p.equals("/dav/contacts") || p.equals("/dav/principal")
                ? p + "/" : p);
    }

    /** The name Cards keeps for the card this request's path names, or null when it names no card. */
    String cardName() {
        String name = clientName();
        return name == null ? null : CardNames.stored(name);
    }

    /** The name of the card this request's path names as the client wrote it (decoded), or null when it names no card. */
    String clientName() {
        if (!path.startsWith(DavProperties.BOOK) || path.length() == DavProperties.BOOK.length()) {
            return null;
        }
        return path.substring(DavProperties.BOOK.length());
    }

    /** The request's body, at most {@link DavXml#MAX_BODY} bytes (a 413 past it). */
    byte[] body() {
        byte[] body = ctx.bodyAsBytes();
        if (body.length > DavXml.MAX_BODY) {
            throw new DavProblem(413, "the XML body is larger than " + DavXml.MAX_BODY + " bytes");
        }
        return body;
    }

    /** Whether the Depth header asks for the members too: anything but 0, absent included (RFC 4918: infinity). */
    boolean deep() {
        String depth = ctx.header("Depth");
        return depth == null || !depth.strip().equals("0");
    }

    /** The names of the properties a DAV:prop element lists, in order. */
    static List<QName> names(Element prop) {
        return DavXml.children(prop).stream().map(DavXml::name).toList();
    }

    /** The name Cards keeps for the card an href (absolute or not) names, or null when it names no card. */
    static String cardOf(String href) {
        String target = decode(rawPath(href));
        return target.startsWith(DavProperties.BOOK) && target.length() > DavProperties.BOOK.length()
                ? CardNames.stored(target.substring(DavProperties.BOOK.length())) : null;
    }

    /** The path of an href (absolute or not) as written, still percent-encoded; "" when it is not a URI. */
    static String rawPath(String href) {
        try {
            String raw = URI.create(href.strip()).getRawPath();
            return raw == null ? "" : raw;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** {@code raw} percent-decoded (a '+' stays a '+'); unchanged when it holds a malformed escape. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
