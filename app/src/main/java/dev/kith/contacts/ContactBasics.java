package dev.kith.contacts;

import java.time.LocalDate;

/**
 * The few columns of one contact that a pass over the whole book needs (Today's plan): no emails,
 * jobs or tags. {@code cadenceDays} is the contact's own cadence, null when it follows its circle's;
 * {@code firstMet} is null when not known; {@code origin} is where an imported contact came from, null when
 * added in Kith.
 */
public record ContactBasics(long id, String name, String givenName, Circle circle, Integer cadenceDays,
                            boolean doNotContact, boolean archived, LocalDate firstMet, LocalDate createdOn,
                            Origin origin) {
}
