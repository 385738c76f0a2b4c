package dev.kith.capture.calendar;

import java.util.Map;

/**
 * What a CalDAV client remembers between syncs of one collection: the server's sync-token
 * ({@code null} when the server gave none or before the first sync) and the ETag of every object by
 * href. Store it after each sync and hand it to the next; {@link #EMPTY} starts afresh.
 */
public record SyncState(String syncToken, Map<String, String> etags) {
    /** The state before the first sync. */
    public static final SyncState EMPTY = new SyncState(null, Map.of());

    public SyncState {
        etags = Map.copyOf(etags);
    }
}
