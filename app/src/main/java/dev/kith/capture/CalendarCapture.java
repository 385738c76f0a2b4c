package dev.kith.capture;

import dev.kith.capture.calendar.AttendedMeetings;
import dev.kith.capture.calendar.CalDavCalendars;
import dev.kith.capture.calendar.CalDavClient;
import dev.kith.capture.calendar.CalendarObject;
import dev.kith.capture.calendar.DavCredentials;
import dev.kith.capture.calendar.FeedResult;
import dev.kith.capture.calendar.IcsFeedClient;
import dev.kith.capture.calendar.IcsFiles;
import dev.kith.capture.calendar.Meeting;
import dev.kith.capture.calendar.SyncResult;
import dev.kith.capture.calendar.SyncState;
import dev.kith.capture.calendar.CalendarWarning;
import dev.kith.capture.calendar.CapturedMeeting;
import dev.kith.capture.calendar.IcsLimits;
import dev.kith.capture.calendar.IcsReader;
import dev.kith.capture.calendar.IcsResult;
import dev.kith.capture.calendar.Participant;
import dev.kith.contacts.Contacts;
import dev.kith.core.DavMultistatus;
import dev.kith.core.KithClock;
import dev.kith.core.KithException;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.Interactions;
import dev.kith.io.ImportException;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Captures the user's calendar into the book: each meeting the user attended (organized, or accepted;
 * not declined, not left unanswered, not cancelled) with contacts is logged once, keyed by UID and
 * RECURRENCE-ID, as a meeting, lunch or coffee with them, dated by the meeting; a future one is a planned interaction. An occurrence
 * of a recurring meeting is routine: it keeps the tie warm but calls for no follow-up. A run applies
 * whole or not at all. Thread-safe.
 */
public final class CalendarCapture {
    /** How far back and ahead of today a run reads meetings. */
    static final int YEARS_BACK = 2;
    static final int YEARS_AHEAD = 1;
    private static final int MAX_SUMMARY = 200;

    private final Database db;
    private final KithClock clock;
    private final MailStore mail;
    private final CalendarStore store;
    private final Contacts contacts;
    private final Interactions interactions;
    private final SearchIndex search;
    private final ZoneId zone;

    CalendarCapture(Database db, KithClock clock, MailStore mail, CalendarStore store, Contacts contacts,
                    Interactions interactions, SearchIndex search, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.mail = mail;
        this.store = store;
        this.contacts = contacts;
        this.interactions = interactions;
        this.search = search;
        this.zone = zone;
    }

    /**
     * Captures an iCalendar file, a ZIP of them (Google Calendar's export) or a folder of them, all or nothing.
     * A file that is not iCalendar, or over a limit, is refused with an {@link dev.kith.io.ImportException}
     * naming its line, and nothing changes; a bad event is skipped and named in a warning.
     */
    public CalendarSummary importIcs(Path file) {
        Set<String> me = mine();
        IcsReader reader = new IcsReader(zone, IcsLimits.DEFAULT);
        List<Meeting> meetings = new ArrayList<>();
        List<CalendarWarning> warnings = new ArrayList<>();
        for (IcsFiles.Calendar c : IcsFiles.of(file, IcsLimits.DEFAULT)) {
            IcsResult read = reader.read(c.source(), c.bytes(), from(), to());
            meetings.addAll(read.meetings());
            warnings.addAll(read.warnings());
        }
        return capture(new IcsResult(meetings, warnings), me, stillWaiting -> { });
    }

    /**
     * Syncs calendar source {@code source} ({@code caldav} or {@code ics}): reads what changed since the
     * state kept in {@code states} and captures it, storing the new state in the same transaction. The events of
     * meetings captured earlier with nobody from the book are read again once someone in them is a contact, so
     * that they are logged, as importing a calendar file again logs them. A
     * {@link dev.kith.capture.calendar.CalendarSourceException} names the source and why; the book is then
     * as it was. Events the server removed stay logged (they happened or were planned).
     */
    CalendarSummary sync(SyncSource source, CalendarSources states) {
        Set<String> me = mine();
        CalendarSources.State before = states.of(source.id()).orElse(CalendarSources.State.NEW);
        WaitingMeetings waiting = before.meetingsWaiting();
        Set<String> again = waiting.toReadAgain(contacts);
        IcsReader reader = new IcsReader(zone, IcsLimits.DEFAULT);
        List<Meeting> meetings = new ArrayList<>();
        List<CalendarWarning> warnings = new ArrayList<>();
        Map<String, String> origins = new HashMap<>();
        List<String> read = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Function<WaitingMeetings, CalendarSources.State> after;
        if (source.kind().equals("caldav")) {
            DavCredentials credentials = source.user() == null ? null : new DavCredentials(source.user(), source.password());
            HttpClient http = CalDavClient.defaultHttpClient();
            List<URI> calendars = new CalDavCalendars(http, source.url(), credentials, CalDavClient.DEFAULT_MAX_BYTES,
                    CalDavClient.DEFAULT_TIMEOUT).find();
            boolean one = calendars.size() == 1;
            Map<String, String> tokens = new HashMap<>();
            Map<String, String> etags = new HashMap<>();
            List<CalendarObject> objects = new ArrayList<>();
            for (URI calendar : calendars) {
                CalDavClient client = new CalDavClient(http, calendar, credentials, CalDavClient.DEFAULT_MAX_BYTES,
                        CalDavClient.DEFAULT_TIMEOUT);
                SyncResult changes = client.sync(one ? before.dav() : new SyncState(
                        before.tokens().get(calendar.getRawPath()), inside(calendar, before.etags())));
                objects.addAll(changes.changed());
                removed.addAll(changes.removed());
                Set<String> fetched = new HashSet<>(changes.removed());
                changes.changed().forEach(o -> fetched.add(o.href()));
                objects.addAll(client.objects(again.stream().filter(h -> !fetched.contains(h))
                        .filter(h -> one || isInside(calendar, h)).toList()));
                if (changes.state().syncToken() != null) {
                    tokens.put(calendar.getRawPath(), changes.state().syncToken());
                }
                etags.putAll(changes.state().etags());
            }
            for (CalendarObject object : objects) {
                read.add(object.href());
                try {
                    IcsResult result = reader.read(object.href(), object.ics(), from(), to());
                    result.meetings().forEach(m -> origins.put(m.key(), object.href()));
                    meetings.addAll(result.meetings());
                    warnings.addAll(result.warnings());
                } catch (ImportException e) {
                    warnings.add(new CalendarWarning(object.href(), 0, e.getMessage()));
                }
            }
            after = w -> one ? new CalendarSources.State(tokens.get(calendars.getFirst().getRawPath()), etags, null,
                    w.byOrigin(), Map.of()) : new CalendarSources.State(null, etags, null, w.byOrigin(), tokens);
        } else {
            String url = source.url().toString();
            FeedResult feed = new IcsFeedClient(IcsFeedClient.defaultHttpClient(), IcsLimits.DEFAULT.maxBytes(),
                    CalDavClient.DEFAULT_TIMEOUT).fetch(source.url(), again.isEmpty() ? before.feedEtag() : null);
            if (!feed.notModified()) {
                IcsResult result = reader.read(url, feed.body(), from(), to());
                result.meetings().forEach(m -> origins.put(m.key(), url));
                meetings.addAll(result.meetings());
                warnings.addAll(result.warnings());
                read.add(url);
            }
            after = w -> feed.notModified() ? before
                    : new CalendarSources.State(null, Map.of(), feed.etag(), w.byOrigin(), Map.of());
        }
        return capture(new IcsResult(meetings, warnings), me,
                stillWaiting -> states.save(source.id(), after.apply(waiting.after(read, removed, stillWaiting, origins))));
    }

    /** The ETags of {@code etags} whose hrefs are inside {@code calendar}: what one calendar of several had. */
    private static Map<String, String> inside(URI calendar, Map<String, String> etags) {
        Map<String, String> in = new HashMap<>();
        etags.forEach((href, etag) -> {
            if (isInside(calendar, href)) {
                in.put(href, etag);
            }
        });
        return in;
    }

    /** Whether {@code href} (a path on the server) names a member of {@code calendar}, however either is encoded. */
    private static boolean isInside(URI calendar, String href) {
        String home = DavMultistatus.hrefPath(calendar, calendar.getRawPath());
        String path = DavMultistatus.hrefPath(calendar, href);
        return home != null && path != null && path.startsWith(home.endsWith("/") ? home : home + "/");
    }

    private Set<String> mine() {
        Set<String> me = mail.myKeys();
        if (me.isEmpty()) {
            throw new KithException("declare your own email addresses first (kith me --email): without them"
                    + " no meeting is known to be yours");
        }
        return me;
    }

    private Instant from() {
        return clock.today().minusYears(YEARS_BACK).atStartOfDay(zone).toInstant();
    }

    private Instant to() {
        return clock.today().plusYears(YEARS_AHEAD).atStartOfDay(zone).toInstant();
    }

    /**
     * Captures the attended meetings of {@code read}, then runs {@code alsoStore} in the same transaction with the
     * meetings of {@code read} left with nobody from the book: each one's key and its people's addresses.
     */
    private CalendarSummary capture(IcsResult read, Set<String> me, Consumer<Map<String, Set<String>>> alsoStore) {
        Instant now = clock.today().atStartOfDay(zone).toInstant();
        List<CapturedMeeting> attended = new AttendedMeetings(me, AttendedMeetings.DEFAULT_MAX_PEOPLE)
                .select(read.meetings(), now);
        List<String> warnings = read.warnings().stream().map(CalendarWarning::toString)
                .limit(CaptureSummary.MAX_WARNINGS).toList();
        return search.deferring(() -> db.write(h -> {
            int logged = 0;
            Set<String> newlyMet = new HashSet<>();
            Map<String, Set<String>> waiting = new HashMap<>();
            int duplicates = 0;
            for (CapturedMeeting m : attended) {
                Long interaction;
                if (store.seen(m.key())) {
                    if (!store.seenWithNobody(m.key())) {
                        duplicates++;
                        continue;
                    }
                    // met with nobody in the book then; some of them may have been added since (kith inbox add)
                    interaction = log(m, false, newlyMet);
                    if (interaction == null) {
                        duplicates++;
                    } else {
                        store.logged(m.key(), interaction);
                        logged++;
                    }
                } else {
                    interaction = log(m, true, newlyMet);
                    store.record(m.key(), interaction);
                    if (interaction != null) {
                        logged++;
                    }
                }
                if (interaction == null) {
                    waiting.computeIfAbsent(m.key(), k -> new HashSet<>())
                            .addAll(m.people().stream().map(Participant::email).toList());
                }
            }
            alsoStore.accept(waiting);
            return new CalendarSummary(read.meetings().size(), logged, 0, 0, newlyMet.size(),
                    new CaptureSummary.Skipped(0, 0, duplicates,
                            (int) read.warnings().stream().filter(CalendarWarning::eventSkipped).count()), warnings);
        }));
    }

    /**
     * Logs {@code m} with the contacts among its people; null when none of them is a contact. {@code first}:
     * the meeting is new, so the others met in it (past meetings only) are counted for the inbox; those met for the
     * first time are added to {@code newlyMet}.
     */
    private Long log(CapturedMeeting m, boolean first, Set<String> newlyMet) {
        Map<String, Long> known = contacts.idsByEmail(m.people().stream().map(Participant::email).toList());
        if (first && !m.start().toInstant().isAfter(clock.today().atStartOfDay(zone).toInstant())) {
            for (Participant p : m.people()) {
                if (!known.containsKey(p.email())) {
                    if (store.met(p.email(), p.name(), m.start().toEpochSecond())) {
                        newlyMet.add(p.email());
                    }
                }
            }
        }
        List<Long> people = known.values().stream().distinct().sorted().toList();
        if (people.isEmpty()) {
            return null;
        }
        long minutes = Math.max(0, Math.min(24 * 60, Duration.between(m.start(), m.end()).toMinutes()));
        String title = m.title() == null || m.title().isBlank() ? null : m.title().strip();
        String summary = title == null ? null : title.length() > MAX_SUMMARY ? title.substring(0, MAX_SUMMARY) : title;
        Interaction logged = interactions.log(Interaction.draft(m.date(), m.kind(),
                m.organizedByMe() ? Initiator.ME : Initiator.THEM, m.allDay() ? null : (int) minutes, summary,
                Exchange.NEUTRAL, false, people));
        if (m.recurrenceId() != null) {
            interactions.markRoutine(logged.id());
        }
        return logged.id();
    }
}
