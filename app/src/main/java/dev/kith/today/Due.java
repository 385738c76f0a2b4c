package dev.kith.today;

import dev.kith.contacts.Circle;
import java.time.LocalDate;
import java.util.Objects;

/** Someone past their keep-in-touch cadence: last contact (null: never), the day it fell due, and by how many days. */
public record Due(Person person, Circle circle, int cadenceDays, LocalDate lastContact, LocalDate dueOn,
                  long daysOverdue) {
    public Due {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
