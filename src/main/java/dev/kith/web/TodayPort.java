package dev.kith.web;

import java.util.List;

/**
 * What the Today page needs from the Today feature (built on its own branch; the lead wires an
 * implementation into {@link WebOptions}). An unknown action id is a
 * {@link dev.kith.core.NotFoundException}.
 */
public interface TodayPort {

    /** Today's actions, most important first; an empty list when there is nothing to do. */
    List<Action> plan();

    void done(String actionId);

    void snooze(String actionId);

    void skip(String actionId);

    /** One thing to do today: with whom, what, and why Kith suggests it. */
    record Action(String id, long contactId, String contactName, String what, String reason) {
    }
}
