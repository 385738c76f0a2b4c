package dev.kith.capture;

import dev.kith.contacts.Contacts;
import dev.kith.core.KithClock;
import dev.kith.interactions.Interactions;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import java.time.ZoneId;

/**
 * Capture for one book, wired from its collaborators: reading mail files ({@link #mail()}), the
 * "I owe a reply" queue ({@link #replies()}), the inbox of new people ({@link #inbox()}) and the
 * user's own addresses ({@link #addresses()}). {@code search} must be the index {@code contacts} and
 * {@code interactions} write to, so that a run rebuilds each document once. Thread-safe.
 */
public final class Capture {
    private final MyAddresses addresses;
    private final MailCapture mail;
    private final Replies replies;
    private final Inbox inbox;
    private final CalendarCapture calendar;
    private final ImapFolders imapFolders;
    private final CalendarSources calendarSources;
    private final LinkedInMessages linkedIn;

    public Capture(Database db, long book, KithClock clock, Contacts contacts, Interactions interactions,
                   SearchIndex search) {
        MailStore store = new MailStore(db, book);
        Logbook logbook = new Logbook(store, contacts, interactions, ZoneId.systemDefault());
        this.addresses = new MyAddresses(db, store);
        CalendarStore meetings = new CalendarStore(db, book);
        this.inbox = new Inbox(db, clock, store, contacts, search, logbook, addresses, meetings);
        this.mail = new MailCapture(db, store, contacts, interactions, search, logbook, inbox, clock,
                ZoneId.systemDefault());
        this.replies = new Replies(db, clock, store, contacts, interactions, logbook);
        this.imapFolders = new ImapFolders(db, book);
        this.calendarSources = new CalendarSources(db, book);
        this.linkedIn = new LinkedInMessages(db, contacts, interactions, search, new LinkedInStore(db, book),
                ZoneId.systemDefault());
        this.calendar = new CalendarCapture(db, clock, store, meetings, contacts, interactions,
                search, ZoneId.systemDefault());
    }

    /** LinkedIn messages: an export's messages.csv into message interactions and owed replies. */
    public LinkedInMessages linkedIn() {
        return linkedIn;
    }

    /** Calendar capture: iCalendar files and calendars into meetings with contacts. */
    public CalendarCapture calendar() {
        return calendar;
    }

    public MailCapture mail() {
        return mail;
    }

    public Replies replies() {
        return replies;
    }

    public Inbox inbox() {
        return inbox;
    }

    public MyAddresses addresses() {
        return addresses;
    }

    /**
     * Syncs IMAP source {@code source}: reads what is new in its folders and captures it, storing how far
     * it read in the same transaction. A {@link dev.kith.capture.mail.SourceException} names the source
     * and why it failed; the book is then as it was.
     */
    public CaptureSummary sync(SyncSource source) {
        if (!source.kind().equals("imap")) {
            throw new IllegalArgumentException("not an IMAP source: " + source);
        }
        dev.kith.capture.mail.ImapSource imap = new dev.kith.capture.mail.ImapSource(source.account(),
                source.password(), imapFolders.of(source.id()));
        return mail.capture(imap, () -> imapFolders.save(source.id(), imap.after()));
    }

    /** Syncs calendar source {@code source} ({@code caldav} or {@code ics}); see {@link CalendarCapture}. */
    public CalendarSummary syncCalendar(SyncSource source) {
        return calendar.sync(source, calendarSources);
    }

    /** Forgets how far source {@code sourceId} was read (it was removed). */
    public void forget(String sourceId) {
        imapFolders.forget(sourceId);
        calendarSources.forget(sourceId);
    }
}
