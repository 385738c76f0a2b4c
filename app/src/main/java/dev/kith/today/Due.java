package dev.kith.today;

import dev.kith.contacts.Circle;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Someone past their keep-in-touch cadence: last contact (null: never), the day it fell due, and by how
 * many days. Also the one definition of "due" that {@code kith due}, {@code contacts show}, Today and the
 * web share: {@link #dueOn} and {@link #isDue}.
 */
public record Due(Person person, Circle circle, int cadenceDays, LocalDate lastContact, LocalDate dueOn,
                  long daysOverdue) {
    public Due {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /**
     * The day a contact's keep-in-touch clock runs out: {@code cadenceDays} after the last interaction up
     * to today, or after the day they were {@code added} when there was none (planned meetings do not count).
     */
    public static LocalDate dueOn(LocalDate lastContact, LocalDate added, int cadenceDays) {
        LocalDate since = lastContact != null ? lastContact : Objects.requireNonNull(added, "added");
        return since.plusDays(cadenceDays);
    }

    /** Whether someone whose clock ran out on {@code dueOn} is due on {@code today}: the day after at the earliest. */
    public static boolean isDue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }
}
