package dev.kith.network;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Someone I want to meet. A {@link TargetKind#PERSON person} is a contact ({@code contactId}, with
 * {@code name} their name) or a free {@code name} at an {@code organization}; an organization,
 * industry or role target names only that ({@code role} may come with an {@code organization}).
 * Unused fields are null; {@code askedOn} is the day an introduction was last asked for.
 */
public record Target(long id, TargetKind kind, Long contactId, String name, String organization, String industry,
                     String role, String note, TargetStatus status, LocalDate createdOn, LocalDate askedOn) {
    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    /** How the target reads in a list or a sentence: "Dana Wu (Acme)", "anyone at Acme", "a CTO at Acme". */
    public String label() {
        return switch (kind) {
            case PERSON -> organization == null ? name : name + " (" + organization + ")";
            case ORGANIZATION -> "anyone at " + organization;
            case INDUSTRY -> "anyone in " + industry;
            case ROLE -> "a " + role + (organization == null ? "" : " at " + organization);
        };
    }

    /** The short name a user types to refer to it: the person, organization, industry or role. */
    public String handle() {
        return switch (kind) {
            case PERSON -> name;
            case ORGANIZATION -> organization;
            case INDUSTRY -> industry;
            case ROLE -> role;
        };
    }

    /** Whether I am still after this target (open, asked or referred: not yet met, not archived). */
    public boolean active() {
        return status == TargetStatus.OPEN || status == TargetStatus.ASKED || status == TargetStatus.REFERRED;
    }
}
