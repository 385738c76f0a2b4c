package dev.kith.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client speaking WebDAV to a Kith server as {@code user} with {@code password} (null: no credentials). */
final class DavClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String authorization;

    DavClient(String base, String user, String password) {
        this.base = base;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> propfind(String path, String depth, String props) {
        return send("PROPFIND", path, "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\" xmlns:card=\""
                + "urn:ietf:params:xml:ns:carddav\" xmlns:cs=\"http://calendarserver.org/ns/\"><d:prop>" + props
                + "</d:prop></d:propfind>", "Depth", depth, "Content-Type", "application/xml");
    }

    /** A PUT of {@code card}'s bytes as they are, with the Content-Type {@code contentType}. */
    HttpResponse<String> putBytes(String path, byte[] card, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method("PUT",
                HttpRequest.BodyPublishers.ofByteArray(card)).header("Content-Type", contentType);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> put(String path, String card, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "text/vcard; charset=utf-8";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("PUT", path, card, all);
    }

    HttpResponse<String> syncCollection(String token) {
        return send("REPORT", "/dav/contacts/", "<?xml version=\"1.0\"?><d:sync-collection xmlns:d=\"DAV:\" xmlns:card=\""
                + "urn:ietf:params:xml:ns:carddav\"><d:sync-token>" + token + "</d:sync-token><d:sync-level>1</d:sync-level>"
                + "<d:prop><d:getetag/><card:address-data/></d:prop></d:sync-collection>", "Content-Type", "application/xml");
    }

    /** The card hrefs of a multistatus, in order. */
    static List<String> cardHrefs(String multistatus) {
        return all(multistatus, "<d:href>(/dav/contacts/[^<]+)</d:href>");
    }

    /** The text of the first element {@code tag} (with its prefix) in {@code xml}, or null. */
    static String first(String xml, String tag) {
        List<String> found = all(xml, "<" + tag + ">([^<]*)</" + tag + ">");
        return found.isEmpty() ? null : found.getFirst();
    }

    static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
