package dev.kith.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.capture.calendar.SyncState;
import dev.kith.core.KithException;
import dev.kith.store.Database;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store of how far each calendar source of a book was read (a CalDAV sync state, or a feed's ETag). */
final class CalendarSources {
    /**
     * What is kept of one source: a CalDAV collection's token and ETags, or a published calendar's ETag, and
     * where its meetings captured with nobody from the book came from ({@code waiting}: origin to addresses).
     */
    record State(String syncToken, Map<String, String> etags, String feedEtag, Map<String, List<String>> waiting,
                 Map<String, String> tokens) {
        /** The state of a source never read. */
        static final State NEW = new State(null, Map.of(), null, Map.of(), Map.of());

        /**
         * {@code tokens}: each calendar's sync token by its path, when the source's address stands for several
         * calendars (a server or home address, found by discovery); {@code syncToken} is the token of a source that
         * is one calendar.
         */
        State {
            etags = etags == null ? Map.of() : Map.copyOf(etags);
            waiting = waiting == null ? Map.of() : Map.copyOf(waiting);
            tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
        }

        WaitingMeetings meetingsWaiting() {
            return new WaitingMeetings(waiting);
        }

        SyncState dav() {
            return syncToken == null && etags.isEmpty() ? SyncState.EMPTY : new SyncState(syncToken, etags);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;
    private final long book;

    CalendarSources(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    Optional<State> of(String sourceId) {
        return db.read(h -> h.createQuery("SELECT state FROM calendar_sources WHERE book_id = :book AND source_id = :source")
                .bind("book", book).bind("source", sourceId).mapTo(String.class).findOne()).map(CalendarSources::parse);
    }

    void save(String sourceId, State state) {
        String json;
        try {
            json = JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new KithException("cannot write a calendar source's state: " + e.getMessage(), e);
        }
        db.update(h -> {
            h.createUpdate("DELETE FROM calendar_sources WHERE book_id = :book AND source_id = :source")
                    .bind("book", book).bind("source", sourceId).execute();
            h.createUpdate("INSERT INTO calendar_sources (book_id, source_id, state) VALUES (:book, :source, :state)")
                    .bind("book", book).bind("source", sourceId).bind("state", json).execute();
        });
    }

    void forget(String sourceId) {
        db.update(h -> h.createUpdate("DELETE FROM calendar_sources WHERE book_id = :book AND source_id = :source")
                .bind("book", book).bind("source", sourceId).execute());
    }

    private static State parse(String json) {
        try {
            return JSON.readValue(json, State.class);
        } catch (JsonProcessingException e) {
            throw new KithException("a calendar source's stored state is damaged: " + e.getMessage(), e);
        }
    }
}
