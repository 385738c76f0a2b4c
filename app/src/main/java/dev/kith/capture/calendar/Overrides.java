package dev.kith.capture.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overrides of one series, each under the key of the instance it replaces (RFC 5545, 3.8.4.4), with those of
 * RANGE=THISANDFUTURE, which change every later instance too: its start moves as far on the series' clock as the
 * override moved its own, and it takes the override's length, summary, place, people and status. An override
 * written as a date for a timed series replaces that day's first instance in the series' zone, else (none
 * expanded) the one at DTSTART's time of day. Not thread-safe: one per expansion.
 */
final class Overrides {
    /**
     * How far around the window a series is expanded for instances a THISANDFUTURE override moves into it: farther
     * moves are rare, and an iteration centuries long breaks biweekly's iterator.
     */
    static final Duration MAX_REACH = Duration.ofDays(400);

    private final EventTimes series;
    private final Map<Object, IcsEvent> byKey = new HashMap<>();
    private final Map<LocalDate, IcsEvent> byDay = new HashMap<>();
    private final Map<IcsEvent, Object> keys = new IdentityHashMap<>();
    private final TreeMap<Object, IcsEvent> ranges = new TreeMap<>();

    /** The overrides {@code overrides}, under the keys {@link EventTimes#keyOf(OverrideId)} gave, of {@code series}. */
    Overrides(EventTimes series, Map<Object, IcsEvent> overrides) {
        this.series = series;
        Class<?> keyType = series.allDay() ? LocalDate.class : Instant.class;
        for (Map.Entry<Object, IcsEvent> e : overrides.entrySet()) {
            IcsEvent o = e.getValue();
            OverrideId id = o.overrideId();
            keys.put(o, e.getKey());
            if (!series.allDay() && id.date() && id.written() != null) {
                byDay.put(id.written().toLocalDate(), o);
            } else {
                byKey.put(e.getKey(), o);
            }
            if (id.thisAndFuture() && keyType.isInstance(e.getKey())) {
                ranges.put(e.getKey(), o);
            }
        }
    }

    /** The override that replaces the instance keyed {@code key}, starting at {@code start}; {@code null} if none. */
    IcsEvent replacing(Object key, Instant start) {
        IcsEvent o = byKey.get(key);
        if (o == null && !byDay.isEmpty()) {
            o = byDay.remove(series.local(start).toLocalDate());
            if (o != null) {
                keys.put(o, key);
                byKey.put(key, o);
            }
        }
        return o;
    }

    /** The THISANDFUTURE override in force for the instance keyed {@code key}: the latest at or before it; or null. */
    IcsEvent range(Object key) {
        Map.Entry<Object, IcsEvent> e = ranges.floorEntry(key);
        return e == null ? null : e.getValue();
    }

    /** Where the instance starting at {@code start} starts once {@code range} (from {@link #range}) moved it. */
    ZonedDateTime moved(IcsEvent range, ZonedDateTime start) {
        Object from = keys.get(range);
        ZonedDateTime to = range.times().start();
        if (from instanceof LocalDate day) {
            long days = ChronoUnit.DAYS.between(day, to.toLocalDate());
            return start.toLocalDate().plusDays(days).atStartOfDay(series.userZone());
        }
        Duration shift = Duration.between(series.local((Instant) from), series.local(to.toInstant()));
        return series.at(Date.from(series.instant(series.local(start.toInstant()).plus(shift))));
    }

    /**
     * How far any THISANDFUTURE override moves instances, with a day for changes of offset, at most {@link #MAX_REACH};
     * 0 if none.
     */
    Duration reach() {
        Duration reach = Duration.ZERO;
        for (Map.Entry<Object, IcsEvent> e : ranges.entrySet()) {
            Instant from = e.getKey() instanceof LocalDate d ? d.atStartOfDay(series.userZone()).toInstant()
                    : (Instant) e.getKey();
            Duration d = Duration.between(from, e.getValue().times().start().toInstant()).abs().plusDays(1);
            reach = d.compareTo(reach) > 0 ? d : reach;
        }
        return reach.compareTo(MAX_REACH) > 0 ? MAX_REACH : reach;
    }

    /** The key of the instance {@code override} replaces. */
    Object keyOf(IcsEvent override) {
        return keys.get(override);
    }

    Collection<IcsEvent> all() {
        return keys.keySet();
    }
}
