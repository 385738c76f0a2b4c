package dev.kith.today;

import java.util.Objects;

/** Someone an action is about: their contact id and name. */
public record Person(long id, String name) {
    public Person {
        Objects.requireNonNull(name, "name");
    }
}
