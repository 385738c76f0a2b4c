package dev.kith.contacts;

import java.time.LocalDate;

/** How we met: free text, the contact we met through (id and name, or nulls) and the first-met date. */
public record HowMet(String text, Long throughId, String throughName, LocalDate firstMet) {
    public static final HowMet UNKNOWN = new HowMet(null, null, null, null);
}
