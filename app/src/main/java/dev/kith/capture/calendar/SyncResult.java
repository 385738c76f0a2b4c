package dev.kith.capture.calendar;

import java.util.List;

/**
 * What changed in a CalDAV collection since the previous {@link SyncState}: objects added or changed
 * (with their text), hrefs removed, the state to keep for next time, and how the changes were found.
 * Both lists are exact whatever the mode: a full listing is compared with the previous ETags.
 */
public record SyncResult(List<CalendarObject> changed, List<String> removed, SyncState state, Mode mode) {

    public SyncResult {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /** How the changes were found. */
    public enum Mode {
        /** sync-collection (RFC 6578) from the previous token: only the changes were listed. */
        INCREMENTAL,
        /** sync-collection without a token (first sync, or the old token was refused): everything was listed. */
        FULL,
        /** The server has no sync-collection: a PROPFIND listed every ETag. */
        ETAGS
    }
}
