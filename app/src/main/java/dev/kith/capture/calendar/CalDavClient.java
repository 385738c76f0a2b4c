package dev.kith.capture.calendar;

import dev.kith.core.DavMultistatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Keeps a copy of one CalDAV calendar collection (RFC 4791) in step: {@link #sync} lists what changed
 * since the previous {@link SyncState} with a sync-collection REPORT (RFC 6578) from its token, lists
 * everything when there is no token or the server refuses it (403/409 {@code valid-sync-token}),
 * and falls back to a PROPFIND of ETags when the server has no sync-collection; in every case it
 * fetches only new and changed objects, by calendar-multiget in batches. Read-only: it never writes
 * to the server. Thread-safe (holds no state between calls).
 */
public final class CalDavClient {
    /** The default bound on one response: 32 MiB. */
    public static final long DEFAULT_MAX_BYTES = 32L << 20;
    /** The default time allowed for one response. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final int BATCH = 100;
    private static final int MAX_ROUNDS = 50;
    /** Pages of one full listing followed at most (a server paging 200 events a page: two million events). */
    private static final int MAX_PAGES = 10_000;
    private static final Set<Integer> TOKEN_REFUSED = Set.of(400, 403, 409, 410, 412);
    private static final Set<Integer> NO_SYNC_COLLECTION = Set.of(400, 403, 405, 406, 415, 422, 501);
    private static final Map<String, String> XML = Map.of("Content-Type", "application/xml; charset=utf-8");

    private final DavHttp http;
    private final URI collection;
    /** The collection as the base its members' hrefs resolve against: with a last slash, however it was given. */
    private final URI base;
    private final String source;

    /** A client of the collection at {@code collection}; {@code credentials} may be {@code null} for none. */
    public CalDavClient(HttpClient http, URI collection, DavCredentials credentials, long maxResponseBytes, Duration timeout) {
        this.collection = Objects.requireNonNull(collection, "collection");
        String p = collection.getRawPath();
        this.base = p == null || p.isEmpty() || p.endsWith("/") || collection.getRawQuery() != null || collection.getRawFragment() != null
                ? collection : collection.resolve(p.substring(p.lastIndexOf('/') + 1) + "/");
        this.http = new DavHttp(http, credentials, maxResponseBytes, timeout);
        this.source = DavHttp.label(collection);
    }

    /** An HTTP client fit for CalDAV: HTTP/1.1, 15 s to connect, no redirects (credentials stay with the host given). */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The changes since {@code previous}; a {@link CalendarSourceException} names the collection when it cannot be read. */
    public SyncResult sync(SyncState previous) {
        Objects.requireNonNull(previous, "previous");
        if (previous.syncToken() != null) {
            DavHttp.Response r = report(previous.syncToken());
            if (r.status() == 207) {
                return incremental(previous, Multistatus.parse(source, r.body()));
            }
            if (!TOKEN_REFUSED.contains(r.status())) {
                DavHttp.check(collection, r);
                throw new CalendarSourceException(source, "unexpected answer HTTP " + r.status() + " to sync-collection");
            }
        }
        DavHttp.Response r = report(null);
        if (r.status() == 207) {
            return full(previous, Multistatus.parse(source, r.body()));
        }
        if (NO_SYNC_COLLECTION.contains(r.status())) {
            return byEtags(previous);
        }
        DavHttp.check(collection, r);
        throw new CalendarSourceException(source, "unexpected answer HTTP " + r.status() + " to sync-collection");
    }

    /**
     * The whole collection listed from no token, every page of it: a server may cut the listing short (RFC 6578
     * section 3.6, a 507 for the collection; Google pages a few hundred events at a time), and what the first
     * page does not name is not gone. The next pages are asked for from the token each gives; a listing cut
     * short with no way on is an error, never a sync that removes the rest.
     */
    private SyncResult full(SyncState previous, Multistatus first) {
        Map<String, Multistatus.Entry> members = new LinkedHashMap<>();
        Listing listing = pages(first, null, MAX_PAGES, (href, e) -> {
            if (e.status() == 404) {
                members.remove(href);
            } else {
                members.put(href, e);
            }
        });
        if (!listing.complete()) {
            throw new CalendarSourceException(source, "the server cut its listing short (507) without a token to go on"
                    + " from; nothing was changed");
        }
        return compare(previous, List.copyOf(members.values()), listing.last().syncToken(), SyncResult.Mode.FULL);
    }

    /** The changes listed by a server without sync-collection: every ETag by PROPFIND, compared with the previous ones. */
    SyncResult byEtags(SyncState previous) {
        DavHttp.Response r = http.send("PROPFIND", collection, headers("1"), DavRequests.propfindEtags());
        DavHttp.check(collection, r);
        if (r.status() != 207) {
            throw new CalendarSourceException(source, "unexpected answer HTTP " + r.status() + " to PROPFIND");
        }
        return compare(previous, Multistatus.parse(source, r.body()).entries(), null, SyncResult.Mode.ETAGS);
    }

    private DavHttp.Response report(String token) {
        return http.send("REPORT", collection, headers("0"), DavRequests.syncCollection(token));
    }

    /**
     * The changes since the previous token, page by page as {@link #full} reads them; a listing still cut short
     * after {@value #MAX_ROUNDS} pages, or with no way on, leaves the rest for the next sync (from the last token).
     */
    private SyncResult incremental(SyncState previous, Multistatus first) {
        Map<String, String> etags = new HashMap<>(previous.etags());
        Map<String, String> listed = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        Listing listing = pages(first, previous.syncToken(), MAX_ROUNDS, (href, e) -> {
            if (e.status() == 404) {
                listed.remove(href);
                if (etags.remove(href) != null) {
                    removed.add(href);
                }
            } else if (e.status() / 100 == 2) {
                listed.put(href, e.etag());
            }
        });
        List<String> wanted = listed.entrySet().stream()
                .filter(e -> e.getValue() == null || !e.getValue().equals(etags.get(e.getKey()))).map(Map.Entry::getKey).toList();
        return fetch(wanted, etags, removed, listing.last().syncToken(), SyncResult.Mode.INCREMENTAL);
    }

    /** The last page of a sync-collection listing read, and whether the listing was whole (not cut short there). */
    private record Listing(Multistatus last, boolean complete) {
    }

    /**
     * Reads a sync-collection listing from its page {@code first}, asked for from {@code askedFrom} (null: from no
     * token), giving each member's entry (not the collection's) with its href as a path to {@code member}. A page
     * that cuts the listing short (507 for the collection) leads to the next, asked for from its token, until a
     * whole page, a page without a token or giving back the one it was asked with (it leads nowhere), or
     * {@code maxPages} pages.
     */
    private Listing pages(Multistatus first, String askedFrom, int maxPages,
                          BiConsumer<String, Multistatus.Entry> member) {
        Multistatus page = first;
        String from = askedFrom;
        for (int round = 1; ; round++) {
            boolean truncated = false;
            for (Multistatus.Entry e : page.entries()) {
                String href = path(e.href());
                if (isCollection(href, e)) {
                    truncated |= e.status() == 507;
                } else {
                    member.accept(href, e);
                }
            }
            if (!truncated || page.syncToken() == null || page.syncToken().equals(from) || round == maxPages) {
                return new Listing(page, !truncated);
            }
            from = page.syncToken();
            DavHttp.Response r = report(from);
            DavHttp.check(collection, r);
            page = Multistatus.parse(source, r.body());
        }
    }

    private SyncResult compare(SyncState previous, List<Multistatus.Entry> entries, String token, SyncResult.Mode mode) {
        Map<String, String> current = new LinkedHashMap<>();
        for (Multistatus.Entry e : entries) {
            String href = path(e.href());
            if (!isCollection(href, e) && e.status() / 100 == 2) {
                current.put(href, e.etag());
            }
        }
        List<String> removed = previous.etags().keySet().stream().filter(h -> !current.containsKey(h)).sorted().toList();
        Map<String, String> etags = new HashMap<>(previous.etags());
        etags.keySet().retainAll(current.keySet());
        List<String> wanted = current.entrySet().stream()
                .filter(e -> e.getValue() == null || !e.getValue().equals(etags.get(e.getKey()))).map(Map.Entry::getKey).toList();
        return fetch(wanted, etags, new ArrayList<>(removed), token, mode);
    }

    /**
     * The objects at {@code hrefs} (paths from an earlier {@link #sync}) as they are now, by calendar-multiget in
     * batches, in the order asked; one gone meanwhile is left out (the next sync lists it as removed).
     */
    public List<CalendarObject> objects(List<String> hrefs) {
        List<CalendarObject> found = new ArrayList<>();
        for (int i = 0; i < hrefs.size(); i += BATCH) {
            List<String> batch = hrefs.subList(i, Math.min(hrefs.size(), i + BATCH));
            Map<String, CalendarObject> got = multiget(batch);
            batch.stream().map(got::get).filter(Objects::nonNull).forEach(found::add);
        }
        return found;
    }

    /** Fetches {@code wanted} by calendar-multiget; one that vanished meanwhile counts as removed. */
    private SyncResult fetch(List<String> wanted, Map<String, String> etags, List<String> removed, String token,
            SyncResult.Mode mode) {
        List<CalendarObject> changed = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i += BATCH) {
            List<String> batch = wanted.subList(i, Math.min(wanted.size(), i + BATCH));
            Map<String, CalendarObject> got = multiget(batch);
            for (String href : batch) {
                CalendarObject o = got.get(href);
                if (o != null) {
                    changed.add(o);
                    etags.put(href, o.etag() == null ? "" : o.etag());
                } else if (etags.remove(href) != null) {
                    removed.add(href);
                }
            }
        }
        return new SyncResult(changed, removed, new SyncState(token, etags), mode);
    }

    private Map<String, CalendarObject> multiget(List<String> hrefs) {
        DavHttp.Response r = http.send("REPORT", collection, headers("1"), DavRequests.multiget(hrefs));
        DavHttp.check(collection, r);
        Map<String, CalendarObject> objects = new HashMap<>();
        // each object under the href asked for, however the server spells it back (%40 asked, @ answered)
        Map<String, String> asked = new HashMap<>();
        hrefs.forEach(h -> asked.put(DavMultistatus.hrefPath(base, h), h));
        for (Multistatus.Entry e : Multistatus.parse(source, r.body()).entries()) {
            if (e.status() / 100 == 2 && e.calendarData() != null) {
                String href = asked.getOrDefault(DavMultistatus.hrefPath(base, e.href()), path(e.href()));
                objects.put(href, new CalendarObject(href, e.etag(), e.calendarData()));
            }
        }
        return objects;
    }

    /**
     * Whether an answer is for a collection, not an event: one said to be, one whose href ends in '/', or the
     * calendar itself however its href is spelled (iCloud lists it among the changes, with an ETag).
     */
    private boolean isCollection(String href, Multistatus.Entry e) {
        return e.collection() || href.endsWith("/") || trim(DavMultistatus.hrefPath(base, href))
                .equals(trim(DavMultistatus.hrefPath(base, collection.getRawPath())));
    }

    /** An href as a path on the server, whether the server wrote it as a path or a full URL. */
    private String path(String href) {
        if (href == null) {
            return "";
        }
        try {
            String p = base.resolve(href.strip()).getRawPath();
            return p == null ? href.strip() : p;
        } catch (IllegalArgumentException e) {
            return href.strip();
        }
    }

    private static String trim(String path) {
        return path == null ? "" : path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Map<String, String> headers(String depth) {
        Map<String, String> h = new HashMap<>(XML);
        h.put("Depth", depth);
        return h;
    }
}
