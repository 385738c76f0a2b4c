package dev.kith.groups;

import java.time.LocalDate;
import java.util.Objects;

/** A professional group of the book, with how many members it has. */
public record Group(long id, String name, GroupKind kind, LocalDate createdOn, int members) {
    public Group {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
