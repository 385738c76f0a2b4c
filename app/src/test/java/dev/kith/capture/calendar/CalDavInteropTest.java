package dev.kith.capture.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CalDAV client against answers real servers give, played by a small server on the loopback: Google's
 * calendar paths (an address in the path, percent-encoded in the listing, bare in the multiget), a calendar
 * named without its last slash and redirected on the same server, and the calendar itself listed among its
 * changes (iCloud).
 */
class CalDavInteropTest {
    private static final String CAL = "/caldav/v2/ada%40example.org/events/";
    private static final String EVENT = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:e1\r\nDTSTART:20261201T100000Z\r\n"
            + "SUMMARY:Review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> multigets = new CopyOnWriteArrayList<>();
    private final List<String> digests = new CopyOnWriteArrayList<>();
    private volatile boolean pagedWithoutToken;
    private volatile boolean elsewhere;
    private final java.util.concurrent.atomic.AtomicInteger stuckReports = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = x.getRequestURI().getRawPath();
            seen.add(x.getRequestMethod() + " " + path + " " + x.getRequestHeaders().getFirst("Authorization"));
            String answer = null;
            if (path.startsWith("/baikal/") && !String.valueOf(x.getRequestHeaders().getFirst("Authorization")).startsWith("Digest ")) {
                x.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"BaikalDAV\", qop=\"auth\", algorithm=MD5,"
                        + " nonce=\"5f2a1c4b3e\", opaque=\"0f6e9a\"");
                x.sendResponseHeaders(401, -1);
                x.close();
                return;
            }
            String here = "http://127.0.0.1:" + x.getLocalAddress().getPort();
            if (path.equals("/.well-known/caldav")) { // Nextcloud: the well-known address redirects to the DAV root
                x.getResponseHeaders().add("Location", "/dav/");
                x.sendResponseHeaders(301, -1);
                x.close();
                return;
            }
            if (x.getRequestMethod().equals("PROPFIND") && path.equals("/dav/")) {
                // the principal as a full URL; the properties it does not have in a 404 propstat
                answer = "<d:multistatus xmlns:d=\"DAV:\" xmlns:cal=\"urn:ietf:params:xml:ns:caldav\"><d:response>"
                        + "<d:href>/dav/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype>"
                        + "<d:current-user-principal><d:href>" + here + "/dav/principals/ada/</d:href>"
                        + "</d:current-user-principal></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat><d:propstat>"
                        + "<d:prop><cal:calendar-home-set/><cal:supported-calendar-component-set/></d:prop>"
                        + "<d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response></d:multistatus>";
            }
            if (x.getRequestMethod().equals("PROPFIND") && path.equals("/dav/principals/ada/")) {
                String home = elsewhere ? "https://p42-caldav.icloud.example/123/calendars/" : "/dav/calendars/ada%40example.org/";
                answer = "<multistatus xmlns=\"DAV:\"><response><href>/dav/principals/ada/</href><propstat><prop>"
                        + "<calendar-home-set xmlns=\"urn:ietf:params:xml:ns:caldav\"><href xmlns=\"DAV:\">" + home
                        + "</href></calendar-home-set></prop><status>HTTP/1.1 200 OK</status></propstat></response>"
                        + "</multistatus>";
            }
            if (x.getRequestMethod().equals("PROPFIND") && path.equals("/dav/calendars/ada%40example.org/")) {
                // the home itself, a calendar of events (a full URL without its last slash), a task list, the
                // scheduling inbox, a plain folder and a calendar naming no component set
                String comp = "<d:propstat><d:prop><d:resourcetype><d:collection/><c:calendar/></d:resourcetype>"
                        + "<c:supported-calendar-component-set>%s</c:supported-calendar-component-set></d:prop>"
                        + "<d:status>HTTP/1.1 200 OK</d:status></d:propstat>";
                answer = "<d:multistatus xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
                        + "<d:response><d:href>/dav/calendars/ada%40example.org/</d:href><d:propstat><d:prop><d:resourcetype>"
                        + "<d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                        + "<d:response><d:href>" + here + "/dav/calendars/ada@example.org/work</d:href>"
                        + comp.formatted("<c:comp name=\"VEVENT\"/>") + "</d:response>"
                        + "<d:response><d:href>/dav/calendars/ada%40example.org/tasks/</d:href>"
                        + comp.formatted("<c:comp name=\"VTODO\"/>") + "</d:response>"
                        + "<d:response><d:href>/dav/calendars/ada%40example.org/inbox/</d:href><d:propstat><d:prop>"
                        + "<d:resourcetype><d:collection/><c:schedule-inbox/></d:resourcetype></d:prop>"
                        + "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                        + "<d:response><d:href>/dav/calendars/ada%40example.org/files/</d:href><d:propstat><d:prop>"
                        + "<d:resourcetype><d:collection/></d:resourcetype></d:prop>"
                        + "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                        + "<d:response><d:href>/dav/calendars/ada%40example.org/birthdays/</d:href><d:propstat><d:prop>"
                        + "<d:resourcetype><d:collection/><c:calendar/></d:resourcetype></d:prop>"
                        + "<d:status>HTTP/1.1 200 OK</d:status></d:propstat><d:propstat><d:prop>"
                        + "<c:supported-calendar-component-set/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status>"
                        + "</d:propstat></d:response></d:multistatus>";
            }
            if (path.equals("/paged/") && body.contains("sync-collection")) {
                // Google's paging: a first listing cut after two events, with a token to go on from
                StringBuilder b = new StringBuilder("<D:multistatus xmlns:D=\"DAV:\">");
                List<String> events = body.contains("<D:sync-token/>") ? List.of("e1", "e2") : List.of("e3");
                events.forEach(ev -> b.append("<D:response><D:href>/paged/").append(ev).append(".ics</D:href><D:propstat><D:prop>"
                        + "<D:getetag>\"").append(ev).append("\"</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status>"
                        + "</D:propstat></D:response>"));
                if (events.size() == 2) {
                    b.append("<D:response><D:href>/paged/</D:href><D:status>HTTP/1.1 507 Insufficient Storage</D:status>"
                            + "</D:response>").append(pagedWithoutToken ? "" : "<D:sync-token>p1</D:sync-token>");
                } else {
                    b.append("<D:sync-token>p2</D:sync-token>");
                }
                answer = b.append("</D:multistatus>").toString();
            }
            if (path.equals("/plain/cal") && body.contains("sync-collection")) {
                // a calendar asked for without its last slash, answering with hrefs relative to itself
                answer = "<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>r1.ics</D:href><D:propstat><D:prop><D:getetag>"
                        + "\"r\"</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
                        + "<D:sync-token>s1</D:sync-token></D:multistatus>";
            } else if (path.equals("/plain/cal") && body.contains("calendar-multiget")) {
                multigets.add(body);
                answer = "<D:multistatus xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><D:response><D:href>r1.ics"
                        + "</D:href><D:propstat><D:prop><D:getetag>\"r\"</D:getetag><C:calendar-data>" + EVENT + "</C:calendar-data>"
                        + "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>";
            }
            if (path.equals("/stuck/") && body.contains("sync-collection")) {
                stuckReports.incrementAndGet(); // a page cut short that gives back the token it was asked with
                answer = "<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>/stuck/</D:href><D:status>HTTP/1.1 507"
                        + " Insufficient Storage</D:status></D:response><D:sync-token>s1</D:sync-token></D:multistatus>";
            }
            if (path.equals("/baikal/cal/")) {
                digests.add(x.getRequestHeaders().getFirst("Authorization"));
                answer = "<D:multistatus xmlns:D=\"DAV:\"><D:sync-token>t1</D:sync-token></D:multistatus>";
            }
            if (path.equals("/caldav/v2/ada%40example.org/events")) {
                x.getResponseHeaders().add("Location", CAL);
                x.sendResponseHeaders(301, -1);
                x.close();
                return;
            }
            if (path.equals(CAL) && body.contains("sync-collection")) {
                answer = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>"
                        + "/caldav/v2/ada@example.org/events</D:href><D:propstat><D:prop><D:getetag>\"c1\"</D:getetag></D:prop>"
                        + "<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response><D:response><D:href>" + CAL
                        + "e1%40google.com.ics</D:href><D:propstat><D:prop><D:getetag>\"63912\"</D:getetag></D:prop>"
                        + "<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response><D:sync-token>tok1</D:sync-token>"
                        + "</D:multistatus>";
            } else if (path.equals(CAL) && body.contains("calendar-multiget")) {
                multigets.add(body);
                answer = "<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
                        + "<D:response><D:href>/caldav/v2/ada@example.org/events/e1@google.com.ics</D:href><D:propstat><D:prop>"
                        + "<D:getetag>\"63912\"</D:getetag><C:calendar-data>" + EVENT + "</C:calendar-data></D:prop>"
                        + "<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>";
            }
            byte[] bytes = answer == null ? new byte[0] : answer.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/xml; charset=UTF-8");
            x.sendResponseHeaders(answer == null ? 404 : 207, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                x.getResponseBody().write(bytes);
            }
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void anEventListedPercentEncodedAndFetchedBareIsOneEventNotARemoval() {
        CalDavClient client = new CalDavClient(CalDavClient.defaultHttpClient(), url(CAL), new DavCredentials("ada", "pw"),
                1 << 20, Duration.ofSeconds(10));
        SyncResult first = client.sync(SyncState.EMPTY);
        assertThat(first.changed()).extracting(CalendarObject::href).containsExactly(CAL + "e1%40google.com.ics");
        assertThat(first.removed()).isEmpty();
        assertThat(first.state().etags()).isEqualTo(Map.of(CAL + "e1%40google.com.ics", "\"63912\""));
        // the calendar itself, listed among the changes as iCloud does (and spelled otherwise), is not fetched
        assertThat(multigets).hasSize(1).noneMatch(b -> b.contains("events</D:href>"));
    }

    @Test
    void aCalendarRedirectedOnTheSameServerIsFollowedWithItsCredentials() {
        CalDavClient client = new CalDavClient(CalDavClient.defaultHttpClient(), url("/caldav/v2/ada%40example.org/events"),
                new DavCredentials("ada", "pw"), 1 << 20, Duration.ofSeconds(10));
        SyncResult first = client.sync(SyncState.EMPTY);
        assertThat(first.changed()).hasSize(1);
        assertThat(seen).allMatch(s -> s.endsWith("Basic YWRhOnB3"));
    }

    @Test
    void aCalendarServerTakingOnlyDigestIsAnsweredWithDigest() {
        CalDavClient client = new CalDavClient(CalDavClient.defaultHttpClient(), url("/baikal/cal/"),
                new DavCredentials("ada", "pw"), 1 << 20, Duration.ofSeconds(10));
        SyncResult first = client.sync(SyncState.EMPTY);
        assertThat(first.state().syncToken()).isEqualTo("t1");
        assertThat(digests).singleElement().satisfies(h -> assertThat(h).contains("username=\"ada\"", "uri=\"/baikal/cal/\"",
                "nonce=\"5f2a1c4b3e\"", "qop=auth").doesNotContain("pw\""));
    }

    @Test
    void aFirstListingCutIntoPagesIsReadToItsEndAndRemovesNothingItHasNotSeen() {
        CalDavClient client = new CalDavClient(CalDavClient.defaultHttpClient(), url("/paged/"), null, 1 << 20,
                Duration.ofSeconds(10));
        SyncState known = new SyncState(null, Map.of("/paged/e1.ics", "\"e1\"", "/paged/e2.ics", "\"e2\"",
                "/paged/e3.ics", "\"e3\""));
        SyncResult r = client.sync(known);
        assertThat(r.removed()).isEmpty();
        assertThat(r.changed()).isEmpty();
        assertThat(r.state().syncToken()).isEqualTo("p2");
        pagedWithoutToken = true;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.sync(known)).isInstanceOf(CalendarSourceException.class)
                .hasMessageContaining("cut its listing short");
    }

    @Test
    void relativeHrefsOfACalendarGivenWithoutItsLastSlashAreInsideIt() {
        CalDavClient client = new CalDavClient(CalDavClient.defaultHttpClient(), url("/plain/cal"), null, 1 << 20,
                Duration.ofSeconds(10));
        SyncResult r = client.sync(SyncState.EMPTY);
        assertThat(r.changed()).extracting(CalendarObject::href).containsExactly("/plain/cal/r1.ics");
        assertThat(multigets).singleElement().asString().contains("<D:href>/plain/cal/r1.ics</D:href>");
    }

    private List<String> calendarsFrom(String path) {
        return CalDavCalendars.paths(new CalDavCalendars(CalDavClient.defaultHttpClient(), url(path),
                new DavCredentials("ada", "pw"), 1 << 20, Duration.ofSeconds(10)).find());
    }

    @Test
    void aServersAddressLeadsByTheWellKnownAddressAndThePrincipalToItsCalendarsOfEventsOnly() {
        assertThat(calendarsFrom("/")).containsExactly("/dav/calendars/ada@example.org/work/",
                "/dav/calendars/ada%40example.org/birthdays/");
        assertThat(calendarsFrom("/dav/principals/ada/")).hasSize(2);
        assertThat(seen).allMatch(s -> s.endsWith("Basic YWRhOnB3"));
    }

    @Test
    void aCalendarHomeOnAnotherServerIsNamedNotSentThePassword() {
        elsewhere = true;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> calendarsFrom("/"))
                .isInstanceOf(CalendarSourceException.class).hasMessageContaining("another server")
                .hasMessageContaining("p42-caldav.icloud.example");
        assertThat(seen).noneMatch(s -> s.contains("/123/"));
    }

    @Test
    void aTruncatedPageThatGivesBackItsOwnTokenIsNotAskedForAgainAndAgain() {
        CalDavClient client = new CalDavClient(CalDavClient.defaultHttpClient(), url("/stuck/"), null, 1 << 20,
                Duration.ofSeconds(10));
        SyncResult r = client.sync(new SyncState("s1", Map.of()));
        assertThat(r.state().syncToken()).isEqualTo("s1");
        assertThat(stuckReports.get()).isEqualTo(1);
    }
}
