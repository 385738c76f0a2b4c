package dev.kith.capture.calendar;

import dev.kith.core.DavMultistatus;
import dev.kith.core.SafeXml;
import dev.kith.core.Servers;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The calendar collections a CalDAV address stands for (RFC 4791 section 6, RFC 6764): the address itself
 * when it is a calendar; else the calendars of the current user's calendar home — from the address given, or
 * for a bare server address from {@code /.well-known/caldav} first — following current-user-principal to
 * calendar-home-set. Only calendars that may hold events are kept: a task list or journal
 * (supported-calendar-component-set without VEVENT: Nextcloud's and iCloud's reminders) is not; a
 * calendar listing no component set holds any. Hrefs may be paths or full URLs, percent-encoded or not; an
 * address on another server is never followed with the credentials. Thread-safe (stateless).
 */
public final class CalDavCalendars {
    /** Calendars taken from one home at most. */
    static final int MAX_CALENDARS = 100;
    private static final String PROPS = "<D:prop><D:resourcetype/><D:current-user-principal/><C:calendar-home-set/>"
            + "<C:supported-calendar-component-set/></D:prop>";

    private final DavHttp http;
    private final URI url;
    private final String source;

    /** The finder for {@code url}; {@code credentials} may be {@code null} for none. */
    public CalDavCalendars(HttpClient http, URI url, DavCredentials credentials, long maxResponseBytes, Duration timeout) {
        this.http = new DavHttp(http, credentials, maxResponseBytes, timeout);
        this.url = url;
        this.source = DavHttp.label(url);
    }

    /**
     * The calendars of events at {@code url}, in the server's order: {@code url} alone when it is one, or when the
     * server does not say what it is (it answers no PROPFIND: the sync then names what is wrong). A
     * {@link CalendarSourceException} when the credentials are refused, or when the user's home holds no calendar
     * of events.
     */
    public List<URI> find() {
        String path = url.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            // a bare server address: RFC 6764 section 5, the well-known address first (Nextcloud, Google and others
            // answer only there); when it tells nothing, the root itself
            List<URI> found = from(url.resolve("/.well-known/caldav"));
            if (found != null) {
                return found;
            }
        }
        List<URI> found = from(url);
        return found == null ? List.of(url) : found;
    }

    /** The calendars found from {@code start}; null when it answers no PROPFIND (nothing to tell). */
    private List<URI> from(URI start) {
        Located here = propfind(start, "0");
        if (here == null) {
            return null;
        }
        DavMultistatus.Response self = here.first();
        if (self == null) {
            return null;
        }
        if (self.isA(Multistatus.CALDAV, "calendar")) {
            return List.of(start);
        }
        URI at = here.at();
        String home = self.href(Multistatus.CALDAV, "calendar-home-set");
        String principal = self.href(DavMultistatus.DAV, "current-user-principal");
        if (home == null && principal != null) {
            Located p = propfind(onThisServer(at, principal), "0");
            if (p != null && p.first() != null) {
                at = p.at();
                home = p.first().href(Multistatus.CALDAV, "calendar-home-set");
            }
        }
        if (home == null && principal == null && !self.isA(DavMultistatus.DAV, "collection")) {
            return null;
        }
        URI homeUri = home == null ? at : onThisServer(at, home);
        Located members = propfind(homeUri, "1");
        if (members == null) {
            throw new CalendarSourceException(source, "the calendar home " + DavHttp.label(homeUri)
                    + " cannot be listed; give a calendar's own URL");
        }
        Set<URI> calendars = new LinkedHashSet<>();
        for (DavMultistatus.Response r : members.xml().responses()) {
            if (r.href() != null && r.isA(Multistatus.CALDAV, "calendar") && holdsEvents(r)
                    && calendars.size() < MAX_CALENDARS) {
                calendars.add(collection(onThisServer(members.at(), r.href())));
            }
        }
        if (calendars.isEmpty()) {
            throw new CalendarSourceException(source, "no calendar of events found here; give a calendar's own URL");
        }
        return List.copyOf(calendars);
    }

    /** Whether a calendar may hold events: it names no component set, or one with VEVENT. */
    private static boolean holdsEvents(DavMultistatus.Response r) {
        Element set = r.property(Multistatus.CALDAV, "supported-calendar-component-set");
        if (set == null) {
            return true;
        }
        List<Element> comps = SafeXml.children(set, Multistatus.CALDAV, "comp");
        return comps.isEmpty() || comps.stream()
                .anyMatch(c -> "VEVENT".equals(c.getAttribute("name").strip().toUpperCase(Locale.ROOT)));
    }

    /** A multistatus and the address that answered it (after redirects on the same server). */
    private record Located(URI at, DavMultistatus xml) {
        DavMultistatus.Response first() {
            return xml.responses().isEmpty() ? null : xml.responses().getFirst();
        }
    }

    /** PROPFIND {@code depth} at {@code uri}; null when the server answers it with no multistatus. */
    private Located propfind(URI uri, String depth) {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:propfind xmlns:D=\"DAV:\" xmlns:C=\""
                + Multistatus.CALDAV + "\">" + PROPS + "</D:propfind>").getBytes(StandardCharsets.UTF_8);
        URI[] answered = {uri};
        DavHttp.Response r = http.send("PROPFIND", uri, Map.of("Content-Type", "application/xml; charset=utf-8",
                "Depth", depth), body, at -> answered[0] = at);
        if (r.status() == 401) {
            DavHttp.check(uri, r);
        }
        if (r.status() != 207) {
            return null;
        }
        try {
            return new Located(answered[0], DavMultistatus.parse(r.body()));
        } catch (SAXException | DavMultistatus.NotMultistatus e) {
            return null;
        }
    }

    /**
     * {@code href} resolved against {@code base}, when it is on the server the user gave; elsewhere (iCloud names
     * a partition host) the credentials are not sent: the user is told the address to give instead.
     */
    private URI onThisServer(URI base, String href) {
        URI target;
        try {
            target = base.resolve(href.strip());
        } catch (IllegalArgumentException e) {
            throw new CalendarSourceException(source, "the server named an unusable address (" + href.strip() + ")");
        }
        if (!Servers.same(url, target)) {
            throw new CalendarSourceException(source, "the calendars are on another server, " + DavHttp.label(target)
                    + "; Kith sends your password only to the server you gave, so give that address if you trust it");
        }
        return target;
    }

    /** {@code uri} as a collection's address: with a last slash. */
    private static URI collection(URI uri) {
        String path = uri.getRawPath();
        if (path == null || path.endsWith("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return uri;
        }
        return uri.resolve(path.substring(path.lastIndexOf('/') + 1) + "/");
    }

    /** Every calendar path of {@code calendars}, for tests. */
    static List<String> paths(List<URI> calendars) {
        List<String> paths = new ArrayList<>();
        calendars.forEach(c -> paths.add(c.getRawPath()));
        return paths;
    }
}
