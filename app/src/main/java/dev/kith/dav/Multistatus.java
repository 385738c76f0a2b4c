package dev.kith.dav;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * A {@code 207 Multi-Status} body being written to the response of {@code ctx}: one {@code response} per resource.
 * Kept in memory up to {@link #SPILL} characters, then sent as it is written (a multiget of every card, photos and
 * all, is far larger than the server's heap). Not thread-safe.
 */
final class Multistatus {
    /** How much of the body is held before the rest is streamed: every refusal comes before it is reached. */
    static final int SPILL = 1 << 20;

    private final Context ctx;
    private final StringBuilder xml = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .append("<d:multistatus xmlns:d=\"DAV:\" xmlns:card=\"").append(DavXml.CARDDAV)
            .append("\" xmlns:cs=\"").append(DavXml.CALENDARSERVER).append("\">");
    /** The response body once streaming began, else null. */
    private Writer stream;

    Multistatus(Context ctx) {
        this.ctx = ctx;
    }

    /** A resource's properties: {@code found} (name to inner XML) with 200, {@code missing} with 404. */
    Multistatus response(String href, Map<QName, String> found, List<QName> missing) {
        xml.append("<d:response><d:href>").append(DavXml.escape(href)).append("</d:href>");
        if (!found.isEmpty()) {
            xml.append("<d:propstat><d:prop>");
            found.forEach((name, value) -> element(name, value));
            xml.append("</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>");
        }
        if (!missing.isEmpty()) {
            xml.append("<d:propstat><d:prop>");
            missing.forEach(name -> element(name, ""));
            xml.append("</d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>");
        }
        xml.append("</d:response>");
        return drain();
    }

    /** A resource whose properties {@code names} may not be changed: each in one 403 propstat, with {@code why}. */
    Multistatus refused(String href, List<QName> names, String why) {
        xml.append("<d:response><d:href>").append(DavXml.escape(href)).append("</d:href>");
        if (!names.isEmpty()) {
            xml.append("<d:propstat><d:prop>");
            names.forEach(name -> element(name, ""));
            xml.append("</d:prop><d:status>HTTP/1.1 403 Forbidden</d:status><d:responsedescription>")
                    .append(DavXml.escape(why)).append("</d:responsedescription></d:propstat>");
        }
        xml.append("</d:response>");
        return drain();
    }

    /** A resource known only by its status, such as a card gone since a sync token (404). */
    Multistatus status(String href, int status, String reason) {
        xml.append("<d:response><d:href>").append(DavXml.escape(href)).append("</d:href><d:status>HTTP/1.1 ")
                .append(status).append(' ').append(reason).append("</d:status></d:response>");
        return drain();
    }

    /** The answer for {@code href} cut short at the client's limit (RFC 6352 section 8.6.1): a 507 for it. */
    Multistatus truncated(String href) {
        xml.append("<d:response><d:href>").append(DavXml.escape(href)).append("</d:href>")
                .append("<d:status>HTTP/1.1 507 Insufficient Storage</d:status>")
                .append("<d:error><d:number-of-matches-within-limits/></d:error></d:response>");
        return this;
    }

    Multistatus syncToken(String token) {
        xml.append("<d:sync-token>").append(DavXml.escape(token)).append("</d:sync-token>");
        return this;
    }

    /** Ends the body and sends it, with the status 207. */
    void send() {
        xml.append("</d:multistatus>\n");
        if (stream == null) {
            ctx.status(207).contentType(TYPE).result(xml.toString());
            return;
        }
        try {
            stream.append(xml);
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String TYPE = "application/xml; charset=utf-8";

    /** Past {@link #SPILL}, what is held goes out and streaming begins. */
    private Multistatus drain() {
        if (xml.length() < SPILL) {
            return this;
        }
        try {
            if (stream == null) {
                ctx.status(207).contentType(TYPE);
                stream = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
            }
            stream.append(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        xml.setLength(0);
        return this;
    }

    private void element(QName name, String inner) {
        String prefix = switch (name.getNamespaceURI()) {
            case DavXml.DAV -> "d";
            case DavXml.CARDDAV -> "card";
            case DavXml.CALENDARSERVER -> "cs";
            default -> null;
        };
        String local = name.getLocalPart();
        if (name.getNamespaceURI().isEmpty()) {
            xml.append('<').append(local).append(" xmlns=\"\"/>");
            return;
        }
        if (prefix == null) {
            xml.append("<x:").append(local).append(" xmlns:x=\"").append(DavXml.escape(name.getNamespaceURI())).append('"');
            prefix = "x";
        } else {
            xml.append('<').append(prefix).append(':').append(local);
        }
        if (inner.isEmpty()) {
            xml.append("/>");
        } else {
            xml.append('>').append(inner).append("</").append(prefix).append(':').append(local).append('>');
        }
    }
}
