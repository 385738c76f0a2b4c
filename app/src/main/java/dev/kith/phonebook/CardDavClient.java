package dev.kith.phonebook;

import dev.kith.core.DavMultistatus;
import dev.kith.core.Servers;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP side of one CardDAV address book (RFC 6352): finding the collection from a server or
 * principal address, listing what changed with sync-collection (RFC 6578) or, on servers without it,
 * the ctag and ETags (RFC 4918 PROPFIND), fetching cards by addressbook-multiget in batches, and
 * writing them with If-Match / If-None-Match so that no concurrent edit is overwritten. Basic
 * authentication sent up front, Digest when the server asks for it; every answer bounded in size; counts its requests. Thread-safe.
 */
public final class CardDavClient {
    /** The default bound on one answer: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    static final int BATCH = 200;
    /** Pages of one truncated sync-collection followed at most (a server paging 100 cards a page: a million cards). */
    static final int MAX_SYNC_PAGES = 10_000;
    private static final Set<Integer> TOKEN_REFUSED = Set.of(400, 403, 409, 410, 412);
    private static final Set<Integer> NO_SYNC_COLLECTION = Set.of(400, 403, 405, 406, 415, 422, 501);
    private static final String XML = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private final URI url;
    private final String source;
    private final CardDavHttp http;

    /** A client of the address book at (or found from) {@code url}; {@code user} null for no authentication. */
    public CardDavClient(HttpClient http, URI url, String user, String password, long maxBytes, Duration timeout) {
        this.url = url;
        this.source = label(url);
        this.http = new CardDavHttp(http, user, password, maxBytes, timeout, source);
    }

    /** An HTTP client fit for CardDAV: HTTP/1.1, 15 s to connect, no redirects (credentials stay with the host given). */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** How many HTTP requests the server answered (a repeat on a connection it had closed is one). */
    public int requests() {
        return http.requests();
    }

    /** How long this client has waited for the server (request sent to answer read), in nanoseconds. */
    public long waitedNanos() {
        return http.waitedNanos();
    }

    /** What changed since the last listing: changed or new hrefs with their ETags, removed hrefs, the new token and ctag. */
    record Listing(Map<String, String> changed, Set<String> removed, String token, String ctag) {
    }

    /** A card fetched: its ETag and text. */
    record Fetched(String etag, String text) {
    }

    /**
     * The address book collection: {@code url} itself when it is one, else the first address book in the
     * home set of the current user's principal (RFC 6764 section 6 discovery, from the server's root too).
     */
    URI discover() {
        if (url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/")) {
            // a bare server address: RFC 6764 section 5, the well-known address first (Nextcloud, Google and
            // others answer only there), then the root itself
            try {
                return discover(url.resolve("/.well-known/carddav"));
            } catch (PhonebookException e) {
                // not there: the root itself, below
            }
        }
        return discover(url);
    }

    private URI discover(URI start) {
        String props = "<D:prop><D:resourcetype/><D:current-user-principal/><C:addressbook-home-set/></D:prop>";
        Located here = propfindAt(start, "0", props);
        URI at = here.at();
        DavXml.Entry self = here.xml().entries().isEmpty() ? null : here.xml().entries().getFirst();
        if (self != null && self.addressBook()) {
            return collection(at); // given without its last slash, as users copy it: hrefs resolve inside it
        }
        String home = self == null ? null : self.home();
        if (home == null && self != null && self.principal() != null) {
            Located p = propfindAt(onThisServer(at, self.principal()), "0", props);
            at = p.at();
            home = p.xml().entries().isEmpty() ? null : p.xml().entries().getFirst().home();
        }
        URI homeUri = home == null ? at : onThisServer(at, home);
        Located members = propfindAt(homeUri, "1", "<D:prop><D:resourcetype/></D:prop>");
        for (DavXml.Entry e : members.xml().entries()) {
            if (e.addressBook() && e.href() != null) {
                return collection(onThisServer(members.at(), e.href()));
            }
        }
        throw new PhonebookException(source + ": no address book found here; give the address book's own URL");
    }

    /** {@code uri} as a collection's address: with a last slash. */
    private static URI collection(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.endsWith("/") ? uri : URI.create(uri.toString().replaceFirst(
                java.util.regex.Pattern.quote(path) + "(?=[?#]|$)", java.util.regex.Matcher.quoteReplacement(path + "/")));
    }

    /** A multistatus and the address that answered it. */
    private record Located(URI at, DavXml xml) {
    }

    /**
     * {@code href} resolved against {@code base}, when it is on the server the user gave (same scheme, host
     * and port). Elsewhere (iCloud names a partition host for the address books; a server may name a plain
     * http address) the password is not sent: the user is told the address to give instead.
     */
    private URI onThisServer(URI base, String href) {
        URI target;
        try {
            target = base.resolve(href.strip());
        } catch (IllegalArgumentException e) {
            throw new PhonebookException(source + ": the server named an unusable address (" + href.strip() + ")");
        }
        if (!Servers.same(url, target)) {
            throw new PhonebookException(source + ": the address book is on another server, " + label(target)
                    + "; Kith sends your password only to the server you gave, so give that address if you trust it");
        }
        return target;
    }

    /** What changed in {@code collection} since {@code token} (or {@code ctag}), compared with the {@code known} ETags. */
    Listing list(URI collection, String token, String ctag, Map<String, String> known) {
        if (token != null) {
            Synced delta = sync(collection, token);
            if (delta != null) {
                Seen seen = Seen.of(collection, delta.entries(), known);
                Set<String> removed = new LinkedHashSet<>(seen.gone());
                removed.retainAll(known.keySet());
                return new Listing(seen.changed(), removed, delta.token(), ctag);
            }
        }
        Synced all = sync(collection, null);
        if (all != null) {
            return compare(collection, all.entries(), known, all.token(), null);
        }
        DavXml head = propfind(collection, "0", "<D:prop><CS:getctag/></D:prop>");
        String now = head.entries().isEmpty() ? null : head.entries().getFirst().ctag();
        if (now != null && now.equals(ctag)) {
            return new Listing(Map.of(), Set.of(), null, ctag);
        }
        DavXml members = propfind(collection, "1", "<D:prop><D:getetag/><D:resourcetype/></D:prop>");
        return compare(collection, members.entries(), known, null, now);
    }

    /** The members' answers of a whole sync-collection, every page of it, and the token after the last. */
    private record Synced(List<DavXml.Entry> entries, String token) {
    }

    /**
     * Runs sync-collection from {@code token} (null: the whole collection) to its end. A server may truncate
     * its answer (RFC 6578 section 3.6: a 507 for the collection itself in the multistatus); then the
     * next page is asked for with the token the page gave, until a page is complete. Null when the server
     * refuses the token (it expired: start over) or, for a null token, has no sync-collection at all.
     */
    private Synced sync(URI collection, String token) {
        List<DavXml.Entry> entries = new java.util.ArrayList<>();
        String from = token;
        for (int page = 0; ; page++) {
            CardDavHttp.Response r = http.send("REPORT", collection, "0", syncCollection(from));
            if (r.status() != 207) {
                boolean refused = page == 0 && (token != null ? TOKEN_REFUSED : NO_SYNC_COLLECTION).contains(r.status());
                if (refused) {
                    return null;
                }
                throw failure(collection, r, "sync-collection");
            }
            DavXml answer = DavXml.parse(source, r.body());
            boolean truncated = false;
            for (DavXml.Entry e : answer.entries()) {
                if (isCollection(collection, path(collection, e.href()), e)) {
                    truncated |= e.status() == 507;
                } else {
                    entries.add(e);
                }
            }
            String next = answer.syncToken() == null ? from : answer.syncToken();
            if (!truncated) {
                return new Synced(entries, next);
            }
            if (next == null || next.equals(from) || page == MAX_SYNC_PAGES) {
                throw new PhonebookException(source + ": the server cut its list of changes short (507) without a"
                        + " token to go on from; nothing was changed");
            }
            from = next;
        }
    }

    /**
     * The members' answers in {@code entries}, in order (a later answer for a card wins): changed or new hrefs with
     * ETags unlike the {@code known} ones, hrefs listed as present, hrefs answered 404.
     */
    private record Seen(Map<String, String> changed, Set<String> listed, Set<String> gone) {
        static Seen of(URI collection, List<DavXml.Entry> entries, Map<String, String> known) {
            Seen seen = new Seen(new LinkedHashMap<>(), new java.util.HashSet<>(), new LinkedHashSet<>());
            for (DavXml.Entry e : entries) {
                String href = path(collection, e.href());
                if (isCollection(collection, href, e)) {
                    continue;
                }
                if (e.status() == 404) {
                    seen.changed.remove(href);
                    seen.listed.remove(href);
                    seen.gone.add(href);
                } else if (e.status() / 100 == 2) {
                    seen.gone.remove(href);
                    seen.listed.add(href);
                    if (e.etag() == null || !e.etag().equals(known.get(href))) {
                        seen.changed.put(href, e.etag());
                    } else {
                        seen.changed.remove(href);
                    }
                }
            }
            return seen;
        }
    }

    /** The members listed in {@code entries} against {@code known}: what is not listed is removed. */
    private Listing compare(URI collection, List<DavXml.Entry> entries, Map<String, String> known, String token, String ctag) {
        Seen seen = Seen.of(collection, entries, known);
        Set<String> listed = seen.listed();
        Map<String, String> changed = seen.changed();
        Set<String> removed = new LinkedHashSet<>();
        for (String href : known.keySet()) {
            if (!listed.contains(href)) {
                removed.add(href);
            }
        }
        return new Listing(changed, removed, token, ctag);
    }

    /** The cards at {@code hrefs} (paths), by addressbook-multiget in batches; a card gone meanwhile is absent. */
    Map<String, Fetched> multiget(URI collection, List<String> hrefs) {
        Map<String, Fetched> cards = new HashMap<>();
        for (int i = 0; i < hrefs.size(); i += BATCH) {
            StringBuilder b = new StringBuilder(XML).append("<C:addressbook-multiget xmlns:D=\"DAV:\" xmlns:C=\"")
                    .append(DavXml.CARDDAV).append("\"><D:prop><D:getetag/><C:address-data/></D:prop>");
            for (String href : hrefs.subList(i, Math.min(hrefs.size(), i + BATCH))) {
                b.append("<D:href>").append(escape(href)).append("</D:href>");
            }
            CardDavHttp.Response r = http.send("REPORT", collection, "1", b.append("</C:addressbook-multiget>").toString());
            if (r.status() != 207) {
                throw failure(collection, r, "addressbook-multiget");
            }
            // each card under the href asked for, however the server spells it back (a%40b.vcf asked, a@b.vcf answered)
            Map<String, String> asked = new HashMap<>();
            hrefs.subList(i, Math.min(hrefs.size(), i + BATCH)).forEach(h -> asked.put(DavMultistatus.hrefPath(collection, h), h));
            for (DavXml.Entry e : DavXml.parse(source, r.body()).entries()) {
                if (e.status() / 100 == 2 && e.addressData() != null) {
                    String href = asked.getOrDefault(DavMultistatus.hrefPath(collection, e.href()), path(collection, e.href()));
                    cards.put(href, new Fetched(e.etag(), e.addressData()));
                }
            }
        }
        return cards;
    }

    /** PUTs {@code text} at {@code href}: over ETag {@code ifMatch}, or only when nothing is there ({@code ifMatch} null). */
    CardDavHttp.Response put(URI collection, String href, String text, String ifMatch) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "text/vcard; charset=utf-8");
        headers.put(ifMatch == null ? "If-None-Match" : "If-Match", ifMatch == null ? "*" : ifMatch);
        return http.send("PUT", collection.resolve(href), headers, text.getBytes(StandardCharsets.UTF_8));
    }

    /** DELETEs {@code href} if its ETag is still {@code ifMatch}. */
    CardDavHttp.Response delete(URI collection, String href, String ifMatch) {
        Map<String, String> headers = new HashMap<>();
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return http.send("DELETE", collection.resolve(href), headers, null);
    }

    private DavXml propfind(URI uri, String depth, String prop) {
        return propfindAt(uri, depth, prop).xml();
    }

    private Located propfindAt(URI uri, String depth, String prop) {
        String body = XML + "<D:propfind xmlns:D=\"DAV:\" xmlns:C=\"" + DavXml.CARDDAV + "\" xmlns:CS=\"" + DavXml.CS
                + "\">" + prop + "</D:propfind>";
        CardDavHttp.Response r = http.send("PROPFIND", uri, depth, body);
        if (r.status() != 207) {
            throw failure(r.at(), r, "PROPFIND");
        }
        return new Located(r.at(), DavXml.parse(source, r.body()));
    }

    private static String syncCollection(String token) {
        return XML + "<D:sync-collection xmlns:D=\"DAV:\">"
                + (token == null ? "<D:sync-token/>" : "<D:sync-token>" + escape(token) + "</D:sync-token>")
                + "<D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>";
    }

    private PhonebookException failure(URI uri, CardDavHttp.Response r, String what) {
        int s = r.status();
        String reason = switch (s) {
            case 401 -> "the server refused the user name or password (HTTP 401)";
            case 403 -> "access denied (HTTP 403)";
            case 404 -> "nothing at this address (HTTP 404); is it the address book's URL?";
            case 301, 302, 303, 307, 308 -> r.location() == null ? "the server redirects elsewhere (HTTP " + s + ")"
                    : onServerGiven(uri, r.location()) ? "the server redirects again and again (HTTP " + s + ")"
                    : "the server sends you on to " + redirectLabel(uri, r.location()) + " (HTTP " + s + "), another server:"
                    + " Kith sends your password only to the server you gave, so give that address if you trust it";
            default -> s >= 500 ? "the server failed (HTTP " + s + ")" : "unexpected answer HTTP " + s + " to " + what;
        };
        return new PhonebookException(label(uri) + ": " + reason);
    }

    /** An href as a path on the server, whether written as a path or a full URL. */
    static String path(URI collection, String href) {
        if (href == null) {
            return "";
        }
        try {
            String p = collection.resolve(href.strip()).getRawPath();
            return p == null ? href.strip() : p;
        } catch (IllegalArgumentException e) {
            return href.strip();
        }
    }

    /**
     * Whether an answer is for a collection, not a card: one said to be, one whose href ends in '/', or the
     * address book itself however its href is spelled (iCloud lists it among the changes, with an ETag).
     */
    private static boolean isCollection(URI collection, String href, DavXml.Entry e) {
        return e.collection() || href.endsWith("/") || trim(DavMultistatus.hrefPath(collection, href))
                .equals(trim(DavMultistatus.hrefPath(collection, collection.getRawPath())));
    }

    private static String trim(String path) {
        return path == null ? "" : path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private boolean onServerGiven(URI base, String location) {
        try {
            return Servers.same(url, base.resolve(location.strip()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String redirectLabel(URI base, String location) {
        try {
            return label(base.resolve(location.strip()));
        } catch (IllegalArgumentException e) {
            return "another address";
        }
    }

    /** {@code uri} as shown to the user: no user name, password, query or fragment. */
    static String label(URI uri) {
        if (uri.getHost() == null) {
            return "address book";
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
