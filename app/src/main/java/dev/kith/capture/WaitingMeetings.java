package dev.kith.capture;

import dev.kith.contacts.Contacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The meetings of one calendar source captured with nobody from the book, kept as where they came from (a
 * CalDAV object's href, a published calendar's URL) and the addresses of the people in them. A synced
 * source is only read where it changed, so without this a meeting with strangers would never be logged once
 * they became contacts; with it, the next sync reads those objects again and logs them, as importing a
 * calendar file again does. An empty map when there are none. Immutable.
 */
record WaitingMeetings(Map<String, List<String>> byOrigin) {
    WaitingMeetings {
        byOrigin = byOrigin == null ? Map.of() : Map.copyOf(byOrigin);
    }

    /** The origins holding a meeting with someone who is now one of {@code contacts}; an empty set when none. */
    Set<String> toReadAgain(Contacts contacts) {
        Set<String> addresses = new TreeSet<>();
        byOrigin.values().forEach(addresses::addAll);
        if (addresses.isEmpty()) {
            return Set.of();
        }
        Set<String> known = contacts.idsByEmail(addresses).keySet();
        Set<String> again = new TreeSet<>();
        byOrigin.forEach((origin, people) -> {
            if (people.stream().anyMatch(known::contains)) {
                again.add(origin);
            }
        });
        return again;
    }

    /**
     * The meetings waiting after a run that read the origins {@code read} and found {@code removed} gone: the
     * others keep their entries; those read have the meetings that still wait, {@code stillWaiting} (meeting key
     * to its people's addresses), placed by {@code origins} (meeting key to origin).
     */
    WaitingMeetings after(Collection<String> read, Collection<String> removed, Map<String, Set<String>> stillWaiting,
                          Map<String, String> origins) {
        Map<String, Set<String>> next = new TreeMap<>();
        byOrigin.forEach((origin, people) -> next.put(origin, new LinkedHashSet<>(people)));
        read.forEach(next::remove);
        removed.forEach(next::remove);
        stillWaiting.forEach((key, people) -> {
            String origin = origins.get(key);
            if (origin != null) {
                next.computeIfAbsent(origin, o -> new TreeSet<>()).addAll(people);
            }
        });
        Map<String, List<String>> lists = new TreeMap<>();
        next.forEach((origin, people) -> lists.put(origin, new ArrayList<>(new TreeSet<>(people))));
        return new WaitingMeetings(lists);
    }
}
