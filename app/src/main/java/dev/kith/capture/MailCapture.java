package dev.kith.capture;

import dev.kith.capture.mail.MessageSource;
import dev.kith.capture.mail.MessageSources;
import dev.kith.contacts.Contacts;
import dev.kith.core.KithClock;
import dev.kith.core.KithException;
import dev.kith.interactions.Interactions;
import dev.kith.search.SearchIndex;
import dev.kith.store.Database;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * Captures the user's mail into the book: each source is read as a stream inside one transaction,
 * so a run applies whole or not at all. Messages count once however often they are seen (by
 * Message-ID, else a stable key); mail with contacts becomes interactions, unanswered mail owed
 * replies, and people written with both ways who are not contacts the inbox of new people.
 * Thread-safe; runs on one book do not share state.
 */
public final class MailCapture {
    private final Database db;
    private final MailStore store;
    private final Contacts contacts;
    private final Interactions interactions;
    private final SearchIndex search;
    private final Logbook logbook;
    private final Inbox inbox;
    private final KithClock clock;
    private final ZoneId zone;

    MailCapture(Database db, MailStore store, Contacts contacts, Interactions interactions, SearchIndex search,
                Logbook logbook, Inbox inbox, KithClock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        this.db = db;
        this.store = store;
        this.contacts = contacts;
        this.interactions = interactions;
        this.search = search;
        this.logbook = logbook;
        this.inbox = inbox;
    }

    /**
     * Captures an mbox file (Gmail Takeout, Thunderbird, Apple Mail). A file that is not an mbox is
     * refused with an {@link dev.kith.io.ImportException} naming its first line, and nothing changes.
     */
    public CaptureSummary importMbox(Path file) {
        return capture(MessageSources.mbox(file));
    }

    /** Captures a Maildir folder and the folders below it; {@link dev.kith.io.ImportException} when it is none. */
    public CaptureSummary importMaildir(Path folder) {
        return capture(MessageSources.maildir(folder));
    }

    /**
     * Captures every message {@code source} gives, all or nothing. Needs my addresses
     * ({@link MyAddresses}): without them no message is known to be mine. A message dated later than it can have
     * arrived (see {@link CaptureRun}) is dated by its arrival, with a warning.
     */
    public CaptureSummary capture(MessageSource source) {
        return capture(source, () -> { });
    }

    /**
     * {@link #capture(MessageSource)}, running {@code alsoStore} in the same transaction once the source
     * was read (a live source records how far it read), so both are stored or neither.
     */
    public CaptureSummary capture(MessageSource source, Runnable alsoStore) {
        Set<String> me = store.myKeys();
        if (me.isEmpty()) {
            throw new KithException("declare your own email addresses first (kith me --email): without them"
                    + " no mail is known to be yours");
        }
        return search.deferring(() -> db.write(h -> {
            Set<String> before = inbox.suggested();
            CaptureRun run = new CaptureRun(store, logbook, contacts, interactions, me, source.kind(),
                    clock.today(), zone);
            source.read(run);
            CaptureSummary summary = run.finish();
            Set<String> after = new HashSet<>(inbox.suggested());
            after.removeAll(before);
            alsoStore.run();
            return summary.withNewPeople(after.size());
        }));
    }

    /**
     * What {@link #capture} would do with {@code source}, with nothing written: the run is rolled back.
     * The same errors as {@code capture}.
     */
    public CaptureSummary preview(MessageSource source) {
        try {
            search.deferring(() -> {
                throw new Preview(capture(source));
            });
            throw new IllegalStateException("a preview always rolls back");
        } catch (Preview p) {
            return p.summary;
        }
    }

    /** Thrown to roll a preview's transaction back; carries its summary out. */
    private static final class Preview extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CaptureSummary summary;

        Preview(CaptureSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }
}
