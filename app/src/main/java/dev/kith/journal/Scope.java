package dev.kith.journal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a change may touch, so that the journal knows which rows to compare before and after: the
 * whole book (an import), or what hangs on some contacts (their fields, emails, jobs, the
 * interactions, milestones, ties, targets, introductions, groups, events and goals they take part in)
 * plus every row of some small tables of the book (Today's done, snoozed and skipped actions).
 */
public record Scope(boolean wholeBook, Set<Long> contacts, Set<String> tables) {
    public Scope {
        contacts = Set.copyOf(contacts);
        tables = Set.copyOf(tables);
    }

    /** Every row of the book. */
    public static Scope book() {
        return new Scope(true, Set.of(), Set.of());
    }

    /** What hangs on these contacts. */
    public static Scope contacts(Collection<Long> ids) {
        return new Scope(false, Set.copyOf(ids), Set.of());
    }

    /** What hangs on these contacts. */
    public static Scope contacts(Long... ids) {
        return contacts(java.util.List.of(ids));
    }

    /** Nothing yet: for a change that only creates (see {@link Journal#created}). */
    public static Scope none() {
        return new Scope(false, Set.of(), Set.of());
    }

    /** This scope and every row of the book in {@code table} too. */
    public Scope andTable(String table) {
        Set<String> all = new LinkedHashSet<>(tables);
        all.add(table);
        return new Scope(wholeBook, contacts, all);
    }

    /** This scope and {@code other}. */
    public Scope and(Scope other) {
        Set<Long> ids = new LinkedHashSet<>(contacts);
        ids.addAll(other.contacts);
        Set<String> all = new LinkedHashSet<>(tables);
        all.addAll(other.tables);
        return new Scope(wholeBook || other.wholeBook, ids, all);
    }

    /** Whether {@code other} adds nothing to this scope. */
    boolean covers(Scope other) {
        return wholeBook || (!other.wholeBook && contacts.containsAll(other.contacts) && tables.containsAll(other.tables));
    }
}
