package dev.kith.today;

import dev.kith.interactions.Interaction;
import dev.kith.interactions.Interactions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The recent in-person interactions that are routine (occurrences of a recurring meeting, captured from
 * a calendar), which call for no follow-up or thank-you: one query per snapshot, over the in-person
 * interactions of the follow-up window only. Thread-safe.
 */
final class RoutineMeetings implements SnapshotPart<Set<Long>> {
    private final Interactions interactions;

    RoutineMeetings(Interactions interactions) {
        this.interactions = interactions;
    }

    @Override
    public Set<Long> load(LocalDate today) {
        throw new UnsupportedOperationException("routine meetings are read for a snapshot");
    }

    @Override
    public Set<Long> load(Snapshot s) {
        List<Long> ids = new ArrayList<>();
        for (Snapshot.ContactFacts c : s.contacts()) {
            for (Interaction i : s.recent(c.id())) {
                long days = Words.days(i.date(), s.today());
                if (i.kind().inPerson() && days >= 1 && days <= FollowUpKind.WINDOW_DAYS) {
                    ids.add(i.id());
                }
            }
        }
        return interactions.routineAmong(ids.stream().distinct().toList());
    }
}
