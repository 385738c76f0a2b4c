package dev.kith.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one source of "today" for all date logic. Fixed by {@code --today} or configuration so that
 * plans are reproducible; otherwise the system clock in the local time zone. Thread-safe.
 */
public final class KithClock {
    private final Clock clock;

    private KithClock(Clock clock) {
        this.clock = clock;
    }

    public static KithClock system() {
        return new KithClock(Clock.systemDefaultZone());
    }

    public static KithClock fixed(LocalDate today) {
        Objects.requireNonNull(today, "today");
        ZoneId zone = ZoneId.systemDefault();
        return new KithClock(Clock.fixed(today.atStartOfDay(zone).toInstant(), zone));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
