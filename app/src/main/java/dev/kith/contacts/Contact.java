package dev.kith.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in the book, with everything remembered about them. Optional text fields are null when
 * unknown; lists are never null. {@code jobs} is the dated history, current job first.
 */
public record Contact(
        long id,
        String name,
        String givenName,
        String familyName,
        List<String> emails,
        List<String> phones,
        List<Employment> jobs,
        String location,
        String linkedinUrl,
        String website,
        List<String> tags,
        List<String> interests,
        HowMet howMet,
        Circle circle,
        Integer cadenceDays,
        boolean doNotContact,
        boolean archived,
        String notes,
        LocalDate createdOn) {

    public Contact {
        Objects.requireNonNull(name, "name");
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        jobs = List.copyOf(jobs);
        tags = List.copyOf(tags);
        interests = List.copyOf(interests);
        howMet = howMet == null ? HowMet.UNKNOWN : howMet;
        circle = circle == null ? Circle.NETWORK : circle;
    }

    /** The current job, or empty when none is known. */
    public Optional<Employment> currentJob() {
        return jobs.stream().filter(Employment::current).findFirst();
    }

    /** The keep-in-touch cadence in days: the person's own, else their circle's in {@code cadences}. */
    public int effectiveCadenceDays(Cadences cadences) {
        return cadences.of(cadenceDays, circle);
    }
}
