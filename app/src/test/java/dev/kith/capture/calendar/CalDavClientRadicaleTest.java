package dev.kith.capture.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CalDAV client against a real Radicale server, started by the test; skipped when radicale is not installed. */
class CalDavClientRadicaleTest {
    private static final HttpClient HTTP = CalDavClient.defaultHttpClient();
    private static final AtomicInteger CALENDARS = new AtomicInteger();
    @RegisterExtension
    static final RadicaleExtension RADICALE = new RadicaleExtension(
            "CalDavClientRadicaleTest (the CalDAV client against a real server)");

    @Test
    void theFirstSyncListsEverythingAndTheNextOnlyWhatWasAddedChangedOrDeleted() throws Exception {
        String cal = newCalendar();
        RADICALE.server().put(cal + "a.ics", event("a", "20250303T090000Z", "Weekly sync", "RRULE:FREQ=WEEKLY;COUNT=3\r\n"));
        RADICALE.server().put(cal + "b.ics", event("b", "20250304T120000Z", "Lunch with Priya", ""));
        RADICALE.server().put(cal + "c.ics", event("c", "20250305T150000Z", "Coffee with Sam", ""));
        CalDavClient client = client(cal, RadicaleServer.PASSWORD);

        SyncResult first = client.sync(SyncState.EMPTY);

        assertThat(first.mode()).isEqualTo(SyncResult.Mode.FULL);
        assertThat(first.changed()).extracting(CalendarObject::href)
                .containsExactlyInAnyOrder("/" + cal + "a.ics", "/" + cal + "b.ics", "/" + cal + "c.ics");
        assertThat(first.removed()).isEmpty();
        assertThat(first.state().syncToken()).isNotBlank();
        assertThat(first.state().etags()).hasSize(3).doesNotContainValue(null);
        List<Meeting> meetings = new IcsReader(ZoneId.of("UTC"), IcsLimits.DEFAULT).read("a.ics",
                ics(first, "a.ics"), Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")).meetings();
        assertThat(meetings).extracting(Meeting::key).containsExactly("a|20250303T090000Z", "a|20250310T090000Z",
                "a|20250317T090000Z");

        RADICALE.server().put(cal + "d.ics", event("d", "20250306T100000Z", "Intro call", ""));
        RADICALE.server().put(cal + "b.ics", event("b", "20250304T123000Z", "Lunch with Priya (moved)", ""));
        RADICALE.server().delete(cal + "c.ics");
        SyncResult second = client.sync(first.state());

        assertThat(second.mode()).isEqualTo(SyncResult.Mode.INCREMENTAL);
        assertThat(second.changed()).extracting(CalendarObject::href)
                .containsExactlyInAnyOrder("/" + cal + "b.ics", "/" + cal + "d.ics");
        assertThat(ics(second, "b.ics")).contains("SUMMARY:Lunch with Priya (moved)");
        assertThat(second.removed()).containsExactly("/" + cal + "c.ics");
        assertThat(second.state().etags().keySet())
                .containsExactlyInAnyOrder("/" + cal + "a.ics", "/" + cal + "b.ics", "/" + cal + "d.ics");
        assertThat(second.state().syncToken()).isNotEqualTo(first.state().syncToken());

        SyncResult third = client.sync(second.state());
        assertThat(third.mode()).isEqualTo(SyncResult.Mode.INCREMENTAL);
        assertThat(third.changed()).isEmpty();
        assertThat(third.removed()).isEmpty();
    }

    @Test
    void aRefusedSyncTokenFallsBackToAFullListingThatStillFetchesOnlyTheChanges() throws Exception {
        String cal = newCalendar();
        RADICALE.server().put(cal + "a.ics", event("a", "20250303T090000Z", "One", ""));
        RADICALE.server().put(cal + "b.ics", event("b", "20250304T090000Z", "Two", ""));
        CalDavClient client = client(cal, RadicaleServer.PASSWORD);
        SyncState known = client.sync(SyncState.EMPTY).state();
        RADICALE.server().delete(cal + "b.ics");
        RADICALE.server().put(cal + "e.ics", event("e", "20250307T090000Z", "Three", ""));

        SyncResult result = client.sync(new SyncState("http://radicale.org/ns/sync/no-such-token", known.etags()));

        assertThat(result.mode()).isEqualTo(SyncResult.Mode.FULL);
        assertThat(result.changed()).extracting(CalendarObject::href).containsExactly("/" + cal + "e.ics");
        assertThat(result.removed()).containsExactly("/" + cal + "b.ics");
        assertThat(result.state().syncToken()).isNotBlank().isNotEqualTo("http://radicale.org/ns/sync/no-such-token");
    }

    @Test
    void withoutSyncCollectionTheEtagsOfAPropfindFindTheChanges() throws Exception {
        String cal = newCalendar();
        RADICALE.server().put(cal + "a.ics", event("a", "20250303T090000Z", "One", ""));
        RADICALE.server().put(cal + "b.ics", event("b", "20250304T090000Z", "Two", ""));
        CalDavClient client = client(cal, RadicaleServer.PASSWORD);

        SyncResult first = client.byEtags(SyncState.EMPTY);
        RADICALE.server().put(cal + "a.ics", event("a", "20250303T100000Z", "One, an hour later", ""));
        RADICALE.server().delete(cal + "b.ics");
        SyncResult second = client.byEtags(first.state());

        assertThat(first.mode()).isEqualTo(SyncResult.Mode.ETAGS);
        assertThat(first.changed()).hasSize(2);
        assertThat(first.state().syncToken()).isNull();
        assertThat(second.changed()).extracting(CalendarObject::href).containsExactly("/" + cal + "a.ics");
        assertThat(second.removed()).containsExactly("/" + cal + "b.ics");
        assertThat(client.byEtags(second.state()).changed()).isEmpty();
    }

    @Test
    void aWrongPasswordIsAClearErrorNamingTheCollection() throws Exception {
        String cal = newCalendar();

        assertThatThrownBy(() -> client(cal, "wrong password").sync(SyncState.EMPTY))
                .isInstanceOfSatisfying(CalendarSourceException.class, e -> {
                    assertThat(e.source()).isEqualTo(RADICALE.server().uri(cal).toString());
                    assertThat(e.reason()).isEqualTo("the server refused the user name or password (HTTP 401)");
                });
    }

    @Test
    void aCollectionThatDoesNotExistIsAClearError() {
        assertThatThrownBy(() -> client(RadicaleServer.USER + "/no-such-calendar/", RadicaleServer.PASSWORD).sync(SyncState.EMPTY))
                .isInstanceOfSatisfying(CalendarSourceException.class,
                        e -> assertThat(e.reason()).contains("HTTP 404"));
    }

    @Test
    void aPublishedCollectionIsFetchedWithItsEtag() throws Exception {
        String cal = newCalendar();
        RADICALE.server().put(cal + "a.ics", event("a", "20250303T090000Z", "One", ""));
        URI url = URI.create("http://" + RadicaleServer.USER + ":" + RadicaleServer.PASSWORD.replace(" ", "%20") + "@"
                + RADICALE.server().base().getAuthority() + "/" + cal);

        assertThatThrownBy(() -> new IcsFeedClient(IcsFeedClient.defaultHttpClient(), 1 << 20, CalDavClient.DEFAULT_TIMEOUT)
                .fetch(url, null)).isInstanceOfSatisfying(CalendarSourceException.class, e -> {
                    assertThat(e.source()).doesNotContain(RadicaleServer.PASSWORD.replace(" ", "%20"));
                    assertThat(e.reason()).contains("HTTP 401");
                });
    }

    private static String ics(SyncResult result, String name) {
        return result.changed().stream().filter(o -> o.href().endsWith("/" + name)).findFirst().orElseThrow().ics();
    }

    private static String newCalendar() throws Exception {
        String cal = RadicaleServer.USER + "/work-" + CALENDARS.incrementAndGet() + "/";
        RADICALE.server().mkcalendar(cal);
        return cal;
    }

    private static CalDavClient client(String cal, String password) {
        return new CalDavClient(HTTP, RADICALE.server().uri(cal), new DavCredentials(RadicaleServer.USER, password),
                CalDavClient.DEFAULT_MAX_BYTES, CalDavClient.DEFAULT_TIMEOUT);
    }

    private static String event(String uid, String start, String summary, String extra) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kith tests//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:" + start + "\r\nDURATION:PT1H\r\nSUMMARY:" + summary + "\r\n"
                + extra + "ORGANIZER:mailto:me@example.com\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:priya@example.com\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

}
