package dev.kith.demo;

import dev.kith.contacts.Circle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One demo person while the book is being generated: the planned contact, its stored id once added,
 * and the script's adjustments to the routine history. Mutable; used by one generating thread only.
 */
final class Person {
    final int index;
    final String givenName;
    final String familyName;
    Org org;
    String title;
    String city;
    Circle circle;
    Integer cadenceDays;
    final List<String> interests = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final List<String> emails = new ArrayList<>();
    final List<String> phones = new ArrayList<>();
    String linkedinUrl;
    String howMet;
    Person metThrough;
    Person relativeOf;
    LocalDate firstMet;
    boolean doNotContact;
    boolean archived;
    String notes;
    long id;
    /** Routine history stops before this date (null: it runs to today). */
    LocalDate quietFrom;
    /** A once-strong tie: many interactions long ago, none in the last year or so. */
    boolean dormant;
    /** No lunch or coffee in the last couple of months. */
    boolean mealless;
    /** Already given a part in the script; not picked for another. */
    boolean cast;

    Person(int index, String givenName, String familyName) {
        this.index = index;
        this.givenName = givenName;
        this.familyName = familyName;
    }

    String name() {
        return givenName + " " + familyName;
    }

    /** Whether I would still reach out to this person (neither do-not-contact nor archived). */
    boolean reachable() {
        return !doNotContact && !archived;
    }

    /** The first day routine history may start: first met, but no earlier than {@code start}. */
    LocalDate historyStart(LocalDate start) {
        return firstMet == null || firstMet.isBefore(start) ? start : firstMet;
    }
}
